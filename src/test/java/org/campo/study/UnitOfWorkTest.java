package org.campo.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change and its audit entry are one: both land, or neither does, however changes nest. */
class UnitOfWorkTest {
    @TempDir
    Path home;

    private OpenStudy study;

    @BeforeEach
    void createStudy() {
        study = TestApp.context(home).studies()
                .create(home.resolve("uow.campo"), "Tumbes", "ana", Role.COORDINATOR, "correct horse battery".toCharArray())
                .study();
    }

    @AfterEach
    void lock() {
        study.lock();
    }

    private void addSite(Change c, String code) {
        Site site = new Site(code.toLowerCase() + "-id", code, "Punto " + code, null, null);
        c.repositories().sites().add(site);
        c.audit(AuditAction.SITE_ADDED, "site", site.id(), false, "code=" + code);
    }

    @Test
    void aFailureInsideANestedChangeRollsBackTheWholeChangeAuditEntriesIncluded() {
        long auditBefore = study.audit().size();
        assertThatThrownBy(() -> study.changes().run(outer -> {
            addSite(outer, "CEBAF");
            study.changes().run(inner -> {
                addSite(inner, "AEROPUERTO");
                throw new CampoException("study.denied", "x", "y");
            });
        })).isInstanceOf(CampoException.class);

        assertThat(study.listSites()).isEmpty();
        assertThat(study.audit().size()).isEqualTo(auditBefore);
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void aNestedFailureThatTheOuterChangeHandlesLeavesNothingOfItself() {
        long auditBefore = study.audit().size();
        study.changes().run(outer -> {
            addSite(outer, "CEBAF");
            try {
                study.changes().run(inner -> {
                    addSite(inner, "AEROPUERTO");
                    throw new CampoException("study.denied", "x", "y");
                });
            } catch (CampoException handled) {
                // the outer change goes on without the inner one
            }
        });

        assertThat(study.listSites()).extracting(Site::code).containsExactly("CEBAF");
        assertThat(study.audit().size()).isEqualTo(auditBefore + 1);
        assertThat(study.audit().verify().ok()).isTrue();
    }

    @Test
    void aChangeThatRecordsNoAuditEntryIsRolledBack() {
        assertThatThrownBy(() -> study.changes().run(c -> c.repositories().sites()
                .add(new Site("s1", "CEBAF", "Punto CEBAF", null, null))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(study.listSites()).isEmpty();
    }
}
