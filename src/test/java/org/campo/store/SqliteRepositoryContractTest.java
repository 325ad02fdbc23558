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
            return new SqliteMemberRepository(fixture().db, fixture().key);
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

    @Nested
    class Sources extends SourceRepositoryContract {
        @Override
        protected SourceRepository createRepository() {
            return new SqliteSourceRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class Codes extends CodeRepositoryContract {
        @Override
        protected CodeRepository createRepository() {
            return new SqliteCodeRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class Codings extends CodingRepositoryContract {
        @Override
        protected CodingRepository createRepository() {
            return new SqliteCodingRepository(fixture().db, fixture().key);
        }

        @Override
        protected String createSource(String id) {
            new SqliteSourceRepository(fixture().db, fixture().key)
                    .add(SourceRepositoryContract.source(id, id, null, null, "texto"));
            return id;
        }

        @Override
        protected String createCode(String id) {
            new SqliteCodeRepository(fixture().db, fixture().key).add(CodeRepositoryContract.code(id, null, id, 0));
            return id;
        }
    }

    @Nested
    class Memos extends MemoRepositoryContract {
        @Override
        protected MemoRepository createRepository() {
            return new SqliteMemoRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class CaseAttributes extends CaseAttributeRepositoryContract {
        @Override
        protected CaseAttributeRepository createRepository() {
            return new SqliteCaseAttributeRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class MatrixSummaries extends MatrixSummaryRepositoryContract {
        @Override
        protected MatrixSummaryRepository createRepository() {
            return new SqliteMatrixSummaryRepository(fixture().db, fixture().key);
        }

        @Override
        protected String createCode(String id) {
            new SqliteCodeRepository(fixture().db, fixture().key).add(CodeRepositoryContract.code(id, null, id, 0));
            return id;
        }
    }

    @Nested
    class Consents extends ConsentRepositoryContract {
        @Override
        protected ConsentRepository createRepository() {
            return new SqliteConsentRepository(fixture().db, fixture().key);
        }

        @Override
        protected String createParticipant(String code) {
            return fixture().newParticipant(code);
        }
    }

    @Nested
    class Participants extends ParticipantRepositoryContract {
        @Override
        protected ParticipantRepository createRepository() {
            return new SqliteParticipantRepository(fixture().db, fixture().key);
        }
    }

    @Nested
    class Tombstones extends TombstoneRepositoryContract {
        @Override
        protected TombstoneRepository createRepository() {
            return new SqliteTombstoneRepository(fixture().db, fixture().key);
        }
    }
}
