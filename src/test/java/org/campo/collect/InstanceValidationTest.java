package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.CampoException;
import org.campo.model.Role;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions from elsewhere are checked against their form before anything is stored: each
 * hostile or broken instance below is refused with one translated sentence naming the file, and
 * nothing of the batch is stored; what ODK tools legitimately write (a byte order mark, UTF-16,
 * Latin-1 declared in the prolog) is accepted and stored as the same text.
 */
class InstanceValidationTest {
    static final String FORM = """
            | settings |
            | | form_id | version |
            | | tally | 3 |

            | survey |
            | | type | name | label | required | constraint |
            | | integer | adults | Adults crossing | yes | . < 500 |
            | | text | place | Observation point | | |
            | | date | day | Day | | |
            | | select_one yn | ok | All well? | | |

            | choices |
            | | list_name | name | label |
            | | yn | yes | Yes |
            | | yn | no | No |
            """;
    static final String HEAD = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"tally\" version=\"3\">";

    @TempDir
    Path dir;
    AppContext ctx;
    OpenStudy study;

    @BeforeEach
    void setUp() {
        ctx = TestApp.context(dir.resolve("home"));
        study = ctx.studies().create(dir.resolve("s.campo"), "S", "ana", Role.COORDINATOR,
                "quinua maiz cebada".toCharArray()).study();
        ctx.forms(study).importWorkbook(FORM.getBytes(StandardCharsets.UTF_8), "tally.md");
    }

    @AfterEach
    void tearDown() {
        study.close();
    }

    private static String body(String answers, String uuid) {
        return answers + "<meta><instanceID>" + uuid + "</instanceID></meta>";
    }

    private static InstanceImporter.InstanceFile file(String name, String xml) {
        return new InstanceImporter.InstanceFile(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static final String GOOD = HEAD + body("<adults>4</adults><place>CEBAF</place><day>2024-03-01</day>",
            "uuid:good") + "</data>";

    private String refusal(String xml) {
        long stored = storedCount();
        var files = List.of(file("good.xml", GOOD), file("bad.xml", xml));
        try {
            ctx.instances(study).importInstances("tally", files);
        } catch (CampoException e) {
            assertThat(storedCount()).as("nothing of the batch is stored").isEqualTo(stored);
            String sentence = e.getLocalizedMessage();
            assertThat(sentence).startsWith("bad.xml").doesNotContain("Exception").doesNotContain("\n");
            return sentence;
        }
        throw new AssertionError("imported: " + xml);
    }

    private long storedCount() {
        var v = study.forms().latestVersions().get(0);
        return study.submissions().count(v.id(), SubmissionStatus.FINAL);
    }

    @Test
    void aDtdWithAnEntityIsRefused() {
        String xml = "<?xml version='1.0'?><!DOCTYPE data [<!ENTITY boom \"lol\">]><data id=\"tally\" version=\"3\">"
                + body("<adults>4</adults><place>&boom;</place>", "uuid:dtd") + "</data>";
        assertThat(refusal(xml)).contains("DTD");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertThat(refusal(HEAD + body("<adults>4</adults><place>&boom;</place>", "uuid:ent") + "</data>"))
                .containsAnyOf("DTD", "entity", "well-formed");
    }

    @Test
    void malformedXmlAfterTheInstanceIdIsRefused() {
        assertThat(refusal(HEAD + body("<adults>4</adults>", "uuid:late") + "<place>oops</data>"))
                .contains("not well-formed XML (line 1");
    }

    @Test
    void aHundredThousandNestedElementsAreRefusedAtOnce() {
        String nest = "<x>".repeat(100_000) + "</x>".repeat(100_000);
        assertThat(refusal(HEAD + body("<adults>4</adults>", "uuid:nest") + "<place>" + nest + "</place></data>"))
                .contains("\"x\"").contains("does not have");
        String deepMeta = HEAD + "<adults>4</adults><meta><instanceID>uuid:deep</instanceID>"
                + "<m>".repeat(200) + "</m>".repeat(200) + "</meta></data>";
        assertThat(refusal(deepMeta)).contains("128 levels");
    }

    @Test
    void anElementTheFormDoesNotHaveIsRefused() {
        assertThat(refusal(HEAD + body("<adults>4</adults><extra>1</extra>", "uuid:extra") + "</data>"))
                .contains("\"extra\"").contains("tally");
    }

    @Test
    void aWrongTypeIsRefused() {
        assertThat(refusal(HEAD + body("<adults>many</adults>", "uuid:type") + "</data>"))
                .contains("\"many\"").contains("adults").contains("whole number");
        assertThat(refusal(HEAD + body("<adults>3</adults><day>yesterday</day>", "uuid:day") + "</data>"))
                .contains("date");
    }

    @Test
    void anAnswerThatIsNotAChoiceIsRefused() {
        assertThat(refusal(HEAD + body("<adults>3</adults><ok>maybe</ok>", "uuid:choice") + "</data>"))
                .contains("\"maybe\"").contains("not one of the choices of ok");
    }

    @Test
    void aMissingRequiredAnswerIsRefused() {
        assertThat(refusal(HEAD + body("<adults/><place>CEBAF</place>", "uuid:req") + "</data>"))
                .contains("required question adults");
    }

    @Test
    void aBrokenConstraintIsRefused() {
        assertThat(refusal(HEAD + body("<adults>900</adults>", "uuid:con") + "</data>")).contains("constraint");
    }

    @Test
    void latin1DeclaredInThePrologIsReadAsLatin1AndStoredAsUtf8() {
        String xml = "<?xml version='1.0' encoding='ISO-8859-1' ?><data id=\"tally\" version=\"3\">"
                + body("<adults>4</adults><place>Peñas Blancas</place>", "uuid:latin") + "</data>";
        ctx.instances(study).importInstances("tally",
                List.of(new InstanceImporter.InstanceFile("latin.xml", xml.getBytes(StandardCharsets.ISO_8859_1))));
        String stored = storedXml();
        assertThat(stored).contains("Peñas Blancas").contains("encoding=\"UTF-8\"").doesNotContain("ISO-8859-1");
    }

    @Test
    void aByteOrderMarkAndUtf16AreAccepted() {
        byte[] bom = ("\uFEFF" + HEAD + body("<adults>4</adults><place>Rumichaca</place>", "uuid:bom") + "</data>")
                .getBytes(StandardCharsets.UTF_8);
        String utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><data id=\"tally\" version=\"3\">"
                + body("<adults>2</adults><place>Tumbes ñ</place>", "uuid:utf16") + "</data>";
        var result = ctx.instances(study).importInstances("tally", List.of(
                new InstanceImporter.InstanceFile("bom.xml", bom),
                new InstanceImporter.InstanceFile("utf16.xml", utf16.getBytes(StandardCharsets.UTF_16)),
                new InstanceImporter.InstanceFile("utf16le.xml", utf16.replace("uuid:utf16", "uuid:le")
                        .getBytes(Charset.forName("UTF-16LE")))));
        assertThat(result.imported()).containsExactly("uuid:bom", "uuid:utf16", "uuid:le");
        assertThat(storedCount()).isEqualTo(3);
    }

    @Test
    void anEndlessFileIsReadOnlyUpToTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertThatThrownBy(() -> InstanceImporter.InstanceFile.read(zero))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.getLocalizedMessage())
                        .startsWith("zero is larger than 10 MB"));
    }

    @Test
    void theGoodInstanceAloneImports() {
        assertThat(ctx.instances(study).importInstances("tally", List.of(file("good.xml", GOOD))).imported())
                .containsExactly("uuid:good");
    }

    @Test
    void aStoredRowThatCannotBeReadIsListedAndSkippedByExportsThenQuarantinedWithAnAuditEntry() throws Exception {
        ctx.instances(study).importInstances("tally", List.of(file("good.xml", GOOD)));
        var version = study.forms().latestVersions().get(0);
        String badId = org.campo.common.Ids.newId();
        String poisoned = HEAD + body("<adults>4</adults>", "uuid:poison") + "<place>" + "<x>".repeat(100_000)
                + "</x>".repeat(100_000) + "</place></data>";
        study.changes().run(c -> {
            c.repositories().submissions().insert(new org.campo.model.Submission(badId, version.id(),
                    SubmissionStatus.FINAL, 1, study.clock().instant(), study.clock().instant(), null, study.deviceId(),
                    study.member().id(), null, poisoned));
            c.audit("test.inserted", "stored before instances were checked");
        });
        var exporter = new org.campo.export.dataset.DatasetExporter(study, ctx.forms(study));
        var options = org.campo.export.dataset.DatasetOptions.defaults("tally",
                org.campo.export.dataset.DatasetFormat.CSV);
        var first = exporter.export(options, dir.resolve("out1"), org.campo.common.ProgressListener.NONE);
        assertThat(first.submissions()).isEqualTo(1);
        assertThat(first.unreadable()).containsExactly(badId);

        var submissions = ctx.submissions(study);
        String goodId = study.submissions().list(version.id()).stream().map(x -> x.id())
                .filter(id -> !id.equals(badId)).findFirst().orElseThrow();
        assertThatThrownBy(() -> submissions.quarantine(goodId, xml -> { }))
                .isInstanceOfSatisfying(CampoException.class, e -> assertThat(e.key())
                        .isEqualTo("collect.submissionReadable"));
        StringBuilder kept = new StringBuilder();
        long auditBefore = study.audit().size();
        submissions.quarantine(badId, kept::append);
        assertThat(kept.toString()).isEqualTo(poisoned);
        assertThat(study.submissions().findById(badId)).isEmpty();
        assertThat(study.audit().size()).isEqualTo(auditBefore + 1);

        var second = exporter.export(options, dir.resolve("out2"), org.campo.common.ProgressListener.NONE);
        assertThat(second.unreadable()).isEmpty();
        assertThat(second.submissions()).isEqualTo(1);
    }

    private String storedXml() {
        var v = study.forms().latestVersions().get(0);
        StringBuilder sb = new StringBuilder();
        study.submissions().forEach(List.of(v.id()), SubmissionStatus.FINAL, s -> sb.append(s.instanceXml()));
        return sb.toString();
    }

    static {
        Locale.setDefault(Locale.ENGLISH);
    }
}
