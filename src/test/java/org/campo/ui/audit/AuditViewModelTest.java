package org.campo.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.campo.audit.AuditVerification;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.campo.ui.common.Message;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditViewModelTest {
    @TempDir
    Path home;

    @Test
    void loadsNewestFirstAndVerifiesAnIntactChain() {
        var context = TestStudies.context(home, MutableClock.startingNow());
        OpenStudy study = context.studies().create(home.resolve("a.campo"), "A", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        try {
            study.audit().append("ana", "export", "format=csv");
            AuditViewModel model = new AuditViewModel(study.audit(), new SameThreadTaskExecutor());
            model.load();
            assertThat(model.entries()).extracting(e -> e.seq()).containsExactly(2L, 1L);

            model.verify();
            assertThat(model.verificationProperty().get().ok()).isTrue();
            assertThat(model.findings()).extracting(Message::key).containsExactly("audit.verify.ok");
            assertThat(model.verifyingProperty().get()).isFalse();
        } finally {
            study.lock();
        }
    }

    @Test
    void entriesNameAFormOfTheStudyByItsTitleAndAnotherFormByItsId() {
        var context = TestStudies.context(home, MutableClock.startingNow());
        OpenStudy study = context.studies().create(home.resolve("f.campo"), "F", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        try {
            study.audit().append("ana", "form.imported", "form=campo_flow_count version=1");
            study.audit().append("ana", "form.imported", "form=old_census version=3");
            var form = new org.campo.model.FormVersion("v1", "campo_flow_count", "1", "", "Flow count", new byte[0],
                    "", java.time.Instant.EPOCH);
            AuditViewModel model = new AuditViewModel(study.audit(), new SameThreadTaskExecutor(), () -> List.of(form));
            model.load();
            Messages.setLocale(java.util.Locale.ENGLISH);
            assertThat(model.describe(model.entries().get(1)).text()).contains("Flow count").doesNotContain("campo_flow_count");
            assertThat(model.describe(model.entries().get(0)).text()).contains("old_census");
        } finally {
            study.lock();
        }
    }

    @Test
    void aBrokenChainIsDescribedByTheVerdictAndEachProblem() {
        var broken = new AuditVerification(5, 3, List.of(
                new AuditVerification.Problem(3, "audit.verify.badHash", List.of("3")),
                new AuditVerification.Problem(4, "audit.verify.badLink", List.of("4"))), "ff");
        List<Message> findings = AuditViewModel.describe(broken);
        assertThat(findings).extracting(Message::key)
                .containsExactly("audit.verify.broken", "audit.verify.badHash", "audit.verify.badLink");
        assertThat(findings.get(1).text()).isEqualTo(Messages.get("audit.verify.badHash", "3"));
    }
}
