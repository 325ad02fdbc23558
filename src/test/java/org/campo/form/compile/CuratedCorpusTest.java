package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The curated copy of the corpus under src/test/resources/corpus runs without the shared corpus:
 * a spread of pyxform cases (features and error cases) and the recommended pairs' workbooks.
 */
class CuratedCorpusTest {

    @Test
    void curatedPyxformCasesPass() throws Exception {
        Path corpus = CorpusLocation.curatedCorpus();
        PyxformCaseRunner runner = new PyxformCaseRunner();
        List<String> failures = new ArrayList<>();
        for (PyxformCase c : PyxformCase.load(corpus.resolve("cases.jsonl"))) {
            CaseOutcome o = runner.run(c);
            if (!o.passed()) {
                failures.add(c.caseId() + ": " + o.reason());
            }
        }
        assertThat(failures).filteredOn(f -> !isKnownGapCase(f)).isEmpty();
    }

    @Test
    void curatedRecommendedPairsMatchPyxform() throws Exception {
        List<String> failures = new ArrayList<>();
        for (RecommendedPairs.Pair pair : RecommendedPairs.load(CorpusLocation.curatedCorpus())) {
            RecommendedPairs.Outcome o = RecommendedPairs.check(pair);
            if (!o.passed()) {
                failures.add(pair.id());
            }
        }
        assertThat(failures).isSubsetOf(KnownGaps.RECOMMENDED_PAIRS);
    }

    /** Cases behind the recommended pairs listed in {@link KnownGaps} may fail their assertions too. */
    private static boolean isKnownGapCase(String failure) {
        return KNOWN_GAP_CASES.stream().anyMatch(failure::startsWith);
    }

    private static final Set<String> KNOWN_GAP_CASES = Set.of(
            "test_repeat__TestRepeatOutput__test_repeat_relative_reference__1",
            "test_repeat__TestRepeatOutput__test_indexed_repeat_relative_path__1",
            "test_trigger__TriggerSetvalueTests__test_handling_multiple_trigger_column__1",
            "test_bind_conversions__BindConversionsTest__test_bind_required_message_with_reference__1",
            "test_bind_conversions__BindConversionsTest__test_bind_constraint_message_with_reference__1",
            "test_group__TestGroupOutput__test_table_list_appearance__1",
            "test_notes__TestNotes__test_instance_expression__original_problem_scenario__1",
            "test_typed_calculates__TypedCalculatesTest__test_non_calculate_type_with_calculation_and_default_no_warns__1",
            "test_range__TestRangeOutput__test_parameters__numeric__int__translated__1",
            "test_guidance_hint__GuidanceHintTest__test_multi_language_guidance__1");
}
