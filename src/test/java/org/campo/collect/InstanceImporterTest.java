package org.campo.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
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

class InstanceImporterTest {
    static final String FORM = """
            | settings |
            | | form_id | version |
            | | tally | 3 |

            | survey |
            | | type | name | label |
            | | integer | adults | Adults crossing |
            | | text | place | Observation point |
            """;

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

    static InstanceImporter.InstanceFile instance(String name, String formId, String version, String uuid) {
        String xml = "<?xml version='1.0' encoding='UTF-8' ?><data id=\"" + formId + "\" version=\"" + version
                + "\" xmlns:orx=\"http://openrosa.org/xforms\"><adults>4</adults><place>CEBAF</place>"
                + "<meta><instanceID>" + uuid + "</instanceID></meta></data>";
        return new InstanceImporter.InstanceFile(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void instancesBecomeFinalSubmissionsOfTheMatchingVersionAndAreAudited() {
        long auditBefore = study.audit().size();
        var result = ctx.instances(study).importInstances("tally",
                List.of(instance("a.xml", "tally", "3", "uuid:a"), instance("b.xml", "tally", "3", "uuid:b")));
        assertThat(result.imported()).containsExactly("uuid:a", "uuid:b");
        var subs = ctx.submissions(study).listAllVersions("tally");
        assertThat(subs).hasSize(2).allMatch(s -> s.status() == SubmissionStatus.FINAL);
        assertThat(ctx.submissions(study).resume(subs.get(0).id()).form().instanceId()).startsWith("uuid:");
        assertThat(study.audit().entries(auditBefore + 1, 10)).extracting(e -> e.action())
                .containsOnly("submission.imported");
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void anInstanceAlreadyInTheStudyIsSkipped() {
        ctx.instances(study).importInstances("tally", List.of(instance("a.xml", "tally", "3", "uuid:a")));
        var again = ctx.instances(study).importInstances("tally",
                List.of(instance("a-copy.xml", "tally", "3", "uuid:a"), instance("c.xml", "tally", "3", "uuid:c"),
                        instance("c-again.xml", "tally", "3", "uuid:c")));
        assertThat(again.imported()).containsExactly("uuid:c");
        assertThat(again.duplicates()).containsExactly("uuid:a", "uuid:c");
        assertThat(ctx.submissions(study).listAllVersions("tally")).hasSize(2);
    }

    @Test
    void anInstanceOfAnotherFormStopsTheImportBeforeAnythingIsStored() {
        assertThatThrownBy(() -> ctx.instances(study).importInstances("tally",
                List.of(instance("ok.xml", "tally", "3", "uuid:x"), instance("other.xml", "household", "1", "uuid:y"))))
                .isInstanceOf(CampoException.class).hasFieldOrPropertyWithValue("key", "collect.instanceFormMismatch");
        assertThat(ctx.submissions(study).listAllVersions("tally")).isEmpty();
    }

    @Test
    void anUnknownVersionOrAMissingInstanceIdIsRefused() {
        assertThatThrownBy(() -> ctx.instances(study).importInstances("tally",
                List.of(instance("v9.xml", "tally", "9", "uuid:x"))))
                .hasFieldOrPropertyWithValue("key", "collect.instanceVersionUnknown");
        assertThatThrownBy(() -> ctx.instances(study).importInstances("tally",
                List.of(instance("noid.xml", "tally", "3", ""))))
                .hasFieldOrPropertyWithValue("key", "collect.instanceNoId");
    }
}
