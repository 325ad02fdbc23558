package org.campo.store;

import org.campo.common.Ids;
import org.campo.store.memory.InMemoryCaseAttributeRepository;
import org.campo.store.memory.InMemoryConsentRepository;
import org.campo.store.memory.InMemoryParticipantRepository;
import org.campo.store.memory.InMemoryTombstoneRepository;
import org.campo.store.memory.InMemoryCodeRepository;
import org.campo.store.memory.InMemoryCodingRepository;
import org.campo.store.memory.InMemoryFormRepository;
import org.campo.store.memory.InMemoryMatrixSummaryRepository;
import org.campo.store.memory.InMemoryMemoRepository;
import org.campo.store.memory.InMemorySourceRepository;
import org.campo.store.memory.InMemoryMemberRepository;
import org.campo.store.memory.InMemorySiteRepository;
import org.campo.store.memory.InMemorySubmissionRepository;
import org.junit.jupiter.api.Nested;

/** The repository contracts against the in-memory fakes used by view-model tests. */
class InMemoryRepositoryContractTest {

    @Nested
    class Members extends MemberRepositoryContract {
        @Override
        protected MemberRepository createRepository() {
            return new InMemoryMemberRepository();
        }
    }

    @Nested
    class Sites extends SiteRepositoryContract {
        @Override
        protected SiteRepository createRepository() {
            return new InMemorySiteRepository();
        }
    }

    @Nested
    class Forms extends FormRepositoryContract {
        @Override
        protected FormRepository createRepository() {
            return new InMemoryFormRepository();
        }
    }

    @Nested
    class Submissions extends SubmissionRepositoryContract {
        @Override
        protected SubmissionRepository createRepository() {
            return new InMemorySubmissionRepository();
        }

        @Override
        protected String createForm(String formId) {
            return Ids.newId();
        }

        @Override
        protected String createParticipant(String code) {
            return Ids.newId();
        }
    }

    @Nested
    class Sources extends SourceRepositoryContract {
        @Override
        protected SourceRepository createRepository() {
            return new InMemorySourceRepository();
        }
    }

    @Nested
    class Codes extends CodeRepositoryContract {
        @Override
        protected CodeRepository createRepository() {
            return new InMemoryCodeRepository();
        }
    }

    @Nested
    class Codings extends CodingRepositoryContract {
        @Override
        protected CodingRepository createRepository() {
            return new InMemoryCodingRepository();
        }

        @Override
        protected String createSource(String id) {
            return id;
        }

        @Override
        protected String createCode(String id) {
            return id;
        }
    }

    @Nested
    class Memos extends MemoRepositoryContract {
        @Override
        protected MemoRepository createRepository() {
            return new InMemoryMemoRepository();
        }
    }

    @Nested
    class CaseAttributes extends CaseAttributeRepositoryContract {
        @Override
        protected CaseAttributeRepository createRepository() {
            return new InMemoryCaseAttributeRepository();
        }
    }

    @Nested
    class MatrixSummaries extends MatrixSummaryRepositoryContract {
        @Override
        protected MatrixSummaryRepository createRepository() {
            return new InMemoryMatrixSummaryRepository();
        }
    }

    @Nested
    class Consents extends ConsentRepositoryContract {
        @Override
        protected ConsentRepository createRepository() {
            return new InMemoryConsentRepository();
        }

        @Override
        protected String createParticipant(String code) {
            return Ids.newId();
        }
    }

    @Nested
    class Participants extends ParticipantRepositoryContract {
        @Override
        protected ParticipantRepository createRepository() {
            return new InMemoryParticipantRepository();
        }
    }

    @Nested
    class Tombstones extends TombstoneRepositoryContract {
        @Override
        protected TombstoneRepository createRepository() {
            return new InMemoryTombstoneRepository();
        }
    }
}
