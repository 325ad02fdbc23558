package org.campo.store;

import org.campo.common.Ids;
import org.campo.store.memory.InMemoryFormRepository;
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
}
