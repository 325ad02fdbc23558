package org.campo.form.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The corpus's core set ({@code RECOMMENDED_PAIRS.tsv}): each workbook is compiled from its file
 * and compared semantically (sibling order, prefixes and whitespace ignored) with the expected
 * XForm. Paths in the TSV are relative to the corpus's {@code pyxform} directory; for M rows
 * the expected XForm is the {@code .xml} next to the workbook.
 */
final class RecommendedPairs {

    record Pair(String id, Path workbook, Path expected) {
    }

    record Outcome(Pair pair, String difference) {
        boolean passed() {
            return difference.isEmpty();
        }
    }

    private RecommendedPairs() {
    }

    static List<Pair> load(Path corpus) throws IOException {
        Path base = corpus.resolve("pyxform");
        List<Pair> pairs = new ArrayList<>();
        List<String> lines = Files.readAllLines(corpus.resolve("RECOMMENDED_PAIRS.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            Path workbook = base.resolve(cols[1]);
            String expected = cols[2].replaceAll("\\s*\\(.*\\)$", "").strip();
            Path xml = expected.startsWith(".xml") || expected.startsWith("idem")
                    ? workbook.resolveSibling(workbook.getFileName().toString().replaceAll("\\.[^.]+$", ".xml"))
                    : base.resolve(expected);
            pairs.add(new Pair(cols[0], workbook, xml));
        }
        return pairs;
    }

    /**
     * M rows come from pyxform's test helper, which names the form id "data"; R rows are converted
     * as files (form id from the file name), like pyxform's own conversion tests. R10 checks the
     * fallback root name, so it is compiled exactly as a user's file would be.
     */
    static Outcome check(Pair pair) throws IOException {
        XlsFormCompiler compiler = new XlsFormCompiler();
        CompileResult result;
        if (pair.id().equals("R10")) {
            result = compiler.compile(pair.workbook());
        } else {
            result = compileAsPyxformRun(compiler, pair);
        }
        if (!result.ok()) {
            return new Outcome(pair, "did not compile: " + result.errors());
        }
        String expected = Files.readString(pair.expected(), StandardCharsets.UTF_8);
        if (!isHistorical(pair)) {
            return new Outcome(pair, SemanticXml.difference(expected, result.xform()));
        }
        return new Outcome(pair, historicalDifference(pair, expected, result));
    }

    /** Pairs whose expected output was written by pyxform 1.0.0, not the 4.5.0 we follow. */
    static boolean isHistorical(Pair pair) {
        return pair.expected().getParent().getParent().getFileName().toString().equals("historical_v1.0.0");
    }

    /**
     * A 1.0.0-era pair is equal when all of these hold:
     * <ol>
     *   <li>our XForm is semantically equal to pyxform 4.5.0's output for the same workbook
     *       ({@code generated_pyxform_4.5.0/example_xls__<workbook>.xml}), the behaviour we follow;</li>
     *   <li>our XForm rewritten in 1.0.0's style ({@link LegacyXFormStyle}: no
     *       {@code odk:xforms-version}, static choices inline) is semantically equal to the
     *       1.0.0 expected output, so the two versions differ by nothing else;</li>
     *   <li>where 1.0.0 shipped an {@code itemsets.csv} ({@code <name>.csv} next to the XForm), ours
     *       equals 4.5.0's byte for byte and 1.0.0's field for field once 1.0.0's trailing empty
     *       fields (which 4.5.0 no longer writes) are dropped.</li>
     * </ol>
     */
    private static String historicalDifference(Pair pair, String expected, CompileResult result) throws IOException {
        Path generated = pair.workbook().getParent().getParent().getParent().resolve("generated_pyxform_4.5.0");
        String workbookName = pair.workbook().getFileName().toString();
        String current = Files.readString(generated.resolve("example_xls__" + workbookName + ".xml"), StandardCharsets.UTF_8);
        String vsCurrent = SemanticXml.difference(current, result.xform());
        if (!vsCurrent.isEmpty()) {
            return "vs pyxform 4.5.0: " + vsCurrent;
        }
        String vsLegacy = SemanticXml.difference(expected, LegacyXFormStyle.of(result.xform()));
        if (!vsLegacy.isEmpty()) {
            return "vs pyxform 1.0.0 (legacy style): " + vsLegacy;
        }
        Path legacyCsv = pair.expected().resolveSibling(pair.expected().getFileName().toString().replaceAll("\\.xml$", ".csv"));
        if (Files.exists(legacyCsv)) {
            String currentCsv = Files.readString(generated.resolve("example_xls__" + workbookName + ".itemsets.csv"),
                    StandardCharsets.UTF_8);
            if (!currentCsv.equals(result.itemsetsCsv())) {
                return "itemsets.csv differs from pyxform 4.5.0's: " + result.itemsetsCsv();
            }
            if (!withoutTrailingEmptyFields(Files.readString(legacyCsv, StandardCharsets.UTF_8))
                    .equals(withoutTrailingEmptyFields(result.itemsetsCsv()))) {
                return "itemsets.csv differs from pyxform 1.0.0's";
            }
        }
        return "";
    }

    private static List<String> withoutTrailingEmptyFields(String csv) {
        return csv.lines().map(l -> l.replaceAll("(,\"\")+$", "")).toList();
    }

    /** Reproduces the root name pyxform's run used (the case name, or the file stem). */
    private static CompileResult compileAsPyxformRun(XlsFormCompiler compiler, Pair pair) throws IOException {
        Path workbook = pair.workbook();
        String expected = Files.readString(pair.expected(), StandardCharsets.UTF_8);
        org.w3c.dom.Node instance = SemanticXml.parse(expected)
                .getElementsByTagNameNS(XFormWriter.XFORMS_NS, "instance").item(0);
        org.w3c.dom.Node root = instance.getFirstChild();
        while (root.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
            root = root.getNextSibling();
        }
        try (var in = Files.newInputStream(workbook)) {
            String stem = workbook.getFileName().toString().replaceAll("\\.[^.]+$", "");
            return compiler.compile(in, workbook.getFileName().toString(), root.getLocalName(),
                    pair.id().startsWith("M") ? "data" : stem);
        }
    }
}
