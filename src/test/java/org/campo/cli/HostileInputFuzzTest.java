package org.campo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz test over what reaches Campo from outside: XLSForm workbooks (.xlsx, mutated as
 * bytes and inside their zip entries; markdown forms mutated as text), XForm instances for
 * {@code data import} and REFI-QDA projects for {@code import qdpx}. Every input is written
 * here from a valid seed by seeded mutations (and sealed packages of a laptop that joined the
 * study, for {@code package import}) (flipped bytes, cuts, insertions, and snippets that
 * broke Campo before: DTDs and entities, deep nesting, control characters, U+FFFE, unbalanced
 * brackets, dependency loops, zip bombs). Each run must end with exit 0 (the mutation was
 * harmless) or exit 1 with one clear line: no exit 2 or 4, no stack trace, no exception class
 * name, no library text. The number of inputs is fixed (the run takes well under two minutes)
 * and reported on standard output.
 */
class HostileInputFuzzTest {
    private static final long SEED = 18L;
    private static final String PASS = "quinua maiz cebada";
    private static final String[] SNIPPETS = {
            "<!DOCTYPE data [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;\">]>", "&b;", "&a;",
            "<!DOCTYPE data SYSTEM \"file:///etc/passwd\">", "\u0000", "\u0007", "\uFFFE", "\uD800", "(((", ")",
            "${a}", "${", "}", "and", "unknown_function(1)", "../../", "'", "\"", "|", "<", ">", "]]>", "<![CDATA[",
            "<x>".repeat(3000), "</data>", "<meta>", "<extra>1</extra>", "9".repeat(400), "\r\n", "\t",
            "<?xml version='1.0' encoding='UTF-16'?>", "<?xml version='1.0' encoding='bogus'?>",
            "begin group", "end repeat", "select_one nolist", "calculate", "${age} + ${age}", "if(", "-",
            "\uFEFF", "\u202E", "😀", "ñ"};

    @TempDir
    Path dir;

    private int tried;

    @Test
    void hostileInputsEndWithExitZeroOrOneAndOneClearLine() throws Exception {
        Random random = new Random(SEED);
        CliRun cli = new CliRun(dir.resolve("home")).passphrase(PASS);
        Path study = dir.resolve("fuzz.campo");
        assertThat(cli.run("study", "create", study.toString(), "--name", "Fuzz", "--user", "ana", "--role",
                "coordinator").code()).isZero();
        Path form = dir.resolve("seed.md");
        Files.writeString(form, FORM_MD);
        CliRun.Result imported = cli.run("form", "import", study.toString(), form.toString());
        assertThat(imported.code()).as(imported.toString()).isZero();

        long t0 = System.nanoTime();
        byte[] xlsx = seedWorkbook();
        for (int i = 0; i < 30; i++) {
            checkForm(cli, "bytes" + i + ".xlsx", mutateBytes(random, xlsx));
        }
        for (int i = 0; i < 50; i++) {
            checkForm(cli, "entry" + i + ".xlsx", mutateZipEntry(random, xlsx));
        }
        for (int i = 0; i < 70; i++) {
            checkForm(cli, "text" + i + ".md", mutateText(random, FORM_MD).getBytes(StandardCharsets.UTF_8));
        }
        long t1 = System.nanoTime();
        byte[] instance = INSTANCE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 60; i++) {
            byte[] mutated = i % 2 == 0 ? mutateBytes(random, instance)
                    : mutateText(random, INSTANCE).getBytes(StandardCharsets.UTF_8);
            importInstance(cli, study, "instance" + i + ".xml", mutated);
        }
        long t2 = System.nanoTime();
        byte[] qdpx = seedProject();
        CliRun.Result seedImport = run(cli, "seed.qdpx", qdpx, p -> new String[] {"import", "qdpx", study.toString(),
                p.toString()});
        assertThat(seedImport.code()).as("the seed project imports: " + seedImport).isZero();
        for (int i = 0; i < 40; i++) {
            byte[] mutated = i % 2 == 0 ? mutateBytes(random, qdpx) : mutateZipEntry(random, qdpx);
            CliRun.Result r = run(cli, "project" + i + ".qdpx", mutated,
                    p -> new String[] {"import", "qdpx", study.toString(), p.toString()});
            assertClean(r, "project" + i + ".qdpx");
        }
        long t3 = System.nanoTime();
        byte[] pkg = seedPackage(cli, study);
        for (int i = 0; i < 30; i++) {
            byte[] mutated = i % 2 == 0 ? mutateBytes(random, pkg) : mutateZipEntryIfZip(random, pkg);
            CliRun.Result r = run(cli, "package" + i + ".campopkg", mutated,
                    p -> new String[] {"package", "import", study.toString(), p.toString(), "-u", "ana"});
            assertClean(r, "package" + i + ".campopkg");
        }
        long t4 = System.nanoTime();
        System.out.printf("HostileInputFuzzTest: %d inputs tried (seed %d; forms %d ms, instances %d ms, projects %d ms,"
                + " packages %d ms)%n", tried, SEED, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        assertThat(tried).isEqualTo(281);
    }

    private void checkForm(CliRun cli, String name, byte[] bytes) throws IOException {
        CliRun.Result r = run(cli, name, bytes, p -> new String[] {"form", "check", p.toString()});
        assertClean(r, name);
        if (r.code() == 1) {
            assertThat(r.out()).as(name + "\n" + r).contains(": error: ");
        }
    }

    private void importInstance(CliRun cli, Path study, String name, byte[] bytes) throws IOException {
        CliRun.Result r = run(cli, name, bytes,
                p -> new String[] {"data", "import", study.toString(), "--form", "fuzz", p.toString()});
        assertClean(r, name);
    }

    private CliRun.Result run(CliRun cli, String name, byte[] bytes, java.util.function.Function<Path, String[]> args)
            throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        tried++;
        CliRun.Result r = cli.run(args.apply(file));
        if (r.code() != 0 && r.code() != 1) {
            // the failure message then carries the trace that --debug prints
            String[] a = args.apply(file);
            String[] debug = new String[a.length + 1];
            debug[0] = "--debug";
            System.arraycopy(a, 0, debug, 1, a.length);
            r = new CliRun.Result(r.code(), r.out(), r.err() + "\n--- with --debug\n" + cli.run(debug).err());
        }
        Files.delete(file);
        return r;
    }

    private static void assertClean(CliRun.Result r, String name) {
        String what = name + "\n" + r;
        assertThat(r.code()).as(what).isIn(0, 1);
        List<String> errLines = r.err().lines().filter(l -> !l.isBlank()).toList();
        if (r.code() == 1 && !r.out().contains(": error: ")) {
            assertThat(errLines).as(what).hasSize(1);
        } else {
            assertThat(errLines).as(what).isEmpty();
        }
        for (String text : List.of(r.out(), r.err())) {
            assertThat(text).as(what).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SEVERE")
                    .doesNotContain("org.apache").doesNotContain("org.javarosa").doesNotContain("java.lang");
        }
    }

    // ---- seeds ----

    static final String FORM_MD = """
            | settings |
            | | form_id | version | form_title |
            | | fuzz | 1 | Fuzz |

            | survey |
            | | type | name | label | required | relevant | calculation | constraint |
            | | integer | age | Age | yes | | | . >= 0 and . < 120 |
            | | select_one yn | adult | Adult? | | ${age} >= 18 | | |
            | | calculate | double | | | | ${age} * 2 | |
            | | date | day | Day | | | | |
            | | begin repeat | kids | Children | | ${adult} = 'yes' | | |
            | | text | kid | Name | | | | |
            | | end repeat | | | | | | |

            | choices |
            | | list_name | name | label |
            | | yn | yes | Yes |
            | | yn | no | No |
            """;

    static final String INSTANCE = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"fuzz\" version=\"1\">"
            + "<age>40</age><adult>yes</adult><double>80</double><day>2024-03-01</day>"
            + "<kids><kid>Ana</kid></kids><kids><kid>Luis</kid></kids>"
            + "<meta><instanceID>uuid:seed</instanceID></meta></data>";

    private static byte[] seedWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet survey = wb.createSheet("survey");
            String[][] rows = {{"type", "name", "label", "relevant", "calculation"},
                    {"integer", "age", "Age", "", ""}, {"text", "name", "Name", "${age} > 0", ""},
                    {"calculate", "twice", "", "", "${age} * 2"}, {"begin group", "g", "G", "${age} > 1", ""},
                    {"note", "n", "Hello ${name}", "", ""}, {"end group", "", "", "", ""}};
            for (int i = 0; i < rows.length; i++) {
                Row row = survey.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            Sheet settings = wb.createSheet("settings");
            settings.createRow(0).createCell(0).setCellValue("form_id");
            settings.createRow(1).createCell(0).setCellValue("seed");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] seedProject() throws IOException {
        String source = "0190a1b2-0000-7000-8000-00000000a001";
        String code = "0190a1b2-0000-7000-8000-00000000c001";
        String user = "0190a1b2-0000-7000-8000-00000000b001";
        String qde = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Fuzz\" origin=\"hand written\">"
                + "<Users><User guid=\"" + user + "\" name=\"ana\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"" + code + "\" name=\"Salud\" isCodable=\"true\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"" + source + "\" name=\"Entrevista 1\" plainTextPath=\"internal://"
                + source + ".txt\"><PlainTextSelection guid=\"0190a1b2-0000-7000-8000-00000000d001\" "
                + "startPosition=\"0\" endPosition=\"4\" creatingUser=\"" + user + "\"><Coding "
                + "guid=\"0190a1b2-0000-7000-8000-00000000e001\" creatingUser=\"" + user + "\"><CodeRef targetGUID=\""
                + code + "\"/></Coding></PlainTextSelection></TextSource></Sources></Project>\n";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde.getBytes(StandardCharsets.UTF_8));
        entries.put("sources/" + source + ".txt", "Hola, la posta de salud queda lejos.".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** A real package from a laptop that joined the study from its kit, with one submission. */
    private static byte[] seedPackage(CliRun cli, Path study) throws IOException {
        Path dir = study.getParent();
        cli.env.put("CAMPO_NEW_PASSPHRASE", PASS);
        assertThat(cli.run("study", "member", "add", study.toString(), "--user", "luis", "--role", "researcher")
                .code()).isZero();
        Path kit = dir.resolve("fuzz.campokit");
        assertThat(cli.run("study", "kit", study.toString(), "-o", kit.toString(), "-u", "ana").code()).isZero();
        Path laptop = dir.resolve("laptop.campo");
        assertThat(cli.run("study", "join", kit.toString(), "-o", laptop.toString(), "--user", "luis").code())
                .isZero();
        Path instance = dir.resolve("laptop-instance.xml");
        Files.writeString(instance, INSTANCE.replace("uuid:seed", "uuid:laptop"));
        assertThat(cli.run("data", "import", laptop.toString(), "--form", "fuzz", instance.toString()).code())
                .isZero();
        Path pkg = dir.resolve("seed.campopkg");
        CliRun.Result exported = cli.run("package", "export", laptop.toString(), "-o", pkg.toString());
        assertThat(exported.code()).as(exported.toString()).isZero();
        return Files.readAllBytes(pkg);
    }

    private static byte[] mutateZipEntryIfZip(Random random, byte[] bytes) throws IOException {
        return bytes.length > 1 && bytes[0] == 'P' && bytes[1] == 'K' ? mutateZipEntry(random, bytes)
                : mutateBytes(random, bytes);
    }

    // ---- mutations ----

    private static byte[] mutateBytes(Random random, byte[] seed) {
        byte[] b = seed.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 1 -> {
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 2 -> {
                int at = random.nextInt(b.length);
                byte[] junk = new byte[1 + random.nextInt(64)];
                random.nextBytes(junk);
                return splice(b, at, at, junk);
            }
            default -> {
                int from = random.nextInt(b.length);
                int to = Math.min(b.length, from + random.nextInt(256));
                byte[] slice = java.util.Arrays.copyOfRange(b, from, to);
                return splice(b, to, to, slice);
            }
        }
    }

    private static String mutateText(Random random, String seed) {
        StringBuilder s = new StringBuilder(seed);
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(20)));
                default -> s.insert(at, (char) random.nextInt(0x80));
            }
        }
        return s.toString();
    }

    /** The same zip with one entry's content mutated as text (reaching the parsers behind the zip). */
    private static byte[] mutateZipEntry(Random random, byte[] zipBytes) throws IOException {
        Map<String, byte[]> entries = unzip(zipBytes);
        List<String> names = new ArrayList<>(entries.keySet());
        String victim = names.get(random.nextInt(names.size()));
        if (random.nextInt(10) == 0) {
            byte[] bomb = new byte[4 << 20];
            java.util.Arrays.fill(bomb, (byte) ' ');
            entries.put(victim, bomb);
        } else {
            String text = new String(entries.get(victim), StandardCharsets.UTF_8);
            entries.put(victim, mutateText(random, text).getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries);
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] insert) {
        byte[] out = new byte[b.length - (to - from) + insert.length];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(b, to, out, from + insert.length, b.length - to);
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
