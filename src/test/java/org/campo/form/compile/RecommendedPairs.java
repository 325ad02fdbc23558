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
        return new Outcome(pair, SemanticXml.difference(expected, result.xform()));
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
