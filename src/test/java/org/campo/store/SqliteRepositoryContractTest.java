package org.campo.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;

/** The repository contracts against the SQLite implementations, on a temp study file with a real data key. */
class SqliteRepositoryContractTest {
    @TempDir
    Path dir;
    SqliteFixture fixture;

    SqliteFixture fixture() {
        if (fixture == null) {
            fixture = new SqliteFixture(dir);
        }
        return fixture;
    }

    @AfterEach
    void closeFile() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected MemberRepository createRepository() {
            return new SqliteMemberRepository(fixture().db);
        }
    }

    @Nested
    class Sites extends SiteRepositoryContract {
        @Override
        protected SiteRepository createRepository() {
            return new SqliteSiteRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class Forms extends FormRepositoryContract {
        @Override
        protected FormRepository createRepository() {
            return new SqliteFormRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class Submissions extends SubmissionRepositoryContract {
        @Override
        protected SubmissionRepository createRepository() {
            return new SqliteSubmissionRepository(fixture().db, fixture().key);
        }

        @Override
        protected String createForm(String formId) {
            return fixture().newForm(formId);
        }

        @Override
        protected String createParticipant(String code) {
            return fixture().newParticipant(code);
        }
    }
}
