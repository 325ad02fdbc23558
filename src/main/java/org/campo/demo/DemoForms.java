package org.campo.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.campo.app.AppContext;
import org.campo.collect.FormLibrary;
import org.campo.study.OpenStudy;

/**
 * Imports Campo's four shipped instruments from the jar, through the same form library as a
 * workbook chosen by a user, so the demo shows exactly what a new study would get.
 */
final class DemoForms implements DemoContent {
    static final String FLOW_SURVEY = "campo_flow_monitoring_survey";
    static final String FLOW_COUNT = "campo_flow_count";
    static final String KEY_INFORMANT = "campo_key_informant_interview";
    static final String IN_DEPTH = "campo_in_depth_interview";

    /** Workbook file names under {@code org/campo/forms/} in the jar. */
    static final List<String> WORKBOOKS = List.of("flow-monitoring-survey.xlsx", "flow-count.xlsx",
            "key-informant-interview.xlsx", "in-depth-interview.xlsx");

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        FormLibrary library = context.forms(study);
        for (String workbook : WORKBOOKS) {
            library.importWorkbook(read(workbook), workbook);
        }
    }

    static byte[] read(String workbook) {
        String resource = "/org/campo/forms/" + workbook;
        try (InputStream in = DemoForms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("shipped form missing from the build: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
