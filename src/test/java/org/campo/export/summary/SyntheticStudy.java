package org.campo.export.summary;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.campo.collect.FormLibrary;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.study.StudyInternals;

/**
 * Fills a study with realistic synthetic submissions of the shipped flow-count and flow
 * monitoring survey forms, written straight as instance XML (fast: no form engine per record).
 */
final class SyntheticStudy {
    static final String COUNT = "campo_flow_count";
    static final String SURVEY = "campo_flow_monitoring_survey";
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);

    private final OpenStudy study;
    private final FormLibrary forms;
    private final Random random = new Random(7);

    SyntheticStudy(OpenStudy study, FormLibrary forms) {
        this.study = study;
        this.forms = forms;
    }

    void importShippedForms() {
        forms.importWorkbook(Path.of("forms/flow-count.xlsx"));
        forms.importWorkbook(Path.of("forms/flow-monitoring-survey.xlsx"));
    }

    void flowCounts(int days) {
        for (int d = 0; d < days; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            groups("CEBAF-TUMBES", day, "entry", 28 + random.nextInt(14));
            groups("CEBAF-TUMBES", day, "exit", 6 + random.nextInt(8));
            groups("DESAGUADERO", day, "entry", random.nextInt(3));
            groups("DESAGUADERO", day, "exit", 1 + random.nextInt(3));
        }
    }

    private void groups(String point, LocalDate day, String direction, int n) {
        for (int g = 1; g <= n; g++) {
            Map<String, String> v = new HashMap<>();
            v.put("point_code", point);
            v.put("count_date", day.toString());
            v.put("shift", "morning");
            v.put("time_slot", "h08_10");
            v.put("direction", direction);
            v.put("group_seq", Integer.toString(g));
            boolean family = random.nextInt(3) == 0;
            v.put("girls_0_5", Integer.toString(family ? random.nextInt(2) : 0));
            v.put("boys_0_5", Integer.toString(family ? random.nextInt(2) : 0));
            v.put("girls_6_17", Integer.toString(family ? random.nextInt(2) : 0));
            v.put("boys_6_17", Integer.toString(family ? random.nextInt(2) : 0));
            v.put("women_18_59", Integer.toString(random.nextInt(3)));
            v.put("men_18_59", Integer.toString(1 + random.nextInt(2)));
            v.put("women_60_plus", Integer.toString(random.nextInt(12) == 0 ? 1 : 0));
            v.put("men_60_plus", Integer.toString(random.nextInt(15) == 0 ? 1 : 0));
            v.put("nationality", pick("venezuelan", 85, "colombian", 8, "ecuadorian", 4, "peruvian", 3));
            v.put("transport", pick("bus", 50, "on_foot", 30, "taxi", 15, "truck", 5));
            insert(COUNT, point, v);
        }
    }

    void surveys(int n) {
        for (int i = 0; i < n; i++) {
            Map<String, String> v = new HashMap<>();
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(10));
            String point = random.nextInt(6) == 0 ? "DESAGUADERO" : "CEBAF-TUMBES";
            v.put("point_code", point);
            v.put("interview_date", day.toString());
            v.put("screen_arriving", "yes");
            v.put("screen_adult", "yes");
            v.put("screen_previous", "no");
            v.put("eligible", "1");
            v.put("consent", "yes");
            int age = 18 + random.nextInt(50) + (random.nextInt(12) == 0 ? 20 : 0);
            v.put("age", Integer.toString(age));
            String sex = pick("female", 52, "male", 47, "intersex", 1);
            v.put("sex_birth", sex);
            v.put("gender_identity", sex.equals("female") ? pick("cis_woman", 92, "trans_man", 2, "non_binary", 2,
                    "prefer_not", 4) : pick("cis_man", 92, "trans_woman", 3, "non_binary", 1, "prefer_not", 4));
            v.put("sexual_orientation", pick("heterosexual", 86, "gay", 4, "lesbian", 3, "bisexual", 3,
                    "prefer_not", 4));
            v.put("nationality", pick("venezuelan", 90, "colombian", 7, "other", 3));
            v.put("education", pick("primary", 20, "secondary", 50, "technical", 15, "university", 15));
            v.put("travels_with_group", "yes");
            v.put("transit_countries", pick("colombia ecuador", 80, "colombia", 15, "none", 5));
            v.put("transport", pick("bus on_foot", 50, "bus", 35, "on_foot", 15));
            v.put("trip_cost", Integer.toString(80 + random.nextInt(300)));
            v.put("documents", pick("cedula", 55, "passport cedula", 25, "birth_certificate", 12, "none", 8));
            v.put("need_1", pick("food", 35, "shelter", 20, "documentation", 20, "health", 10, "employment", 10,
                    "transport", 5));
            v.put("need_2", pick("shelter", 30, "employment", 30, "information", 20, "cash", 20));
            v.put("need_3", pick("medicines", 30, "hygiene", 30, "communication", 20, "legal", 20));
            v.put("disability", pick("no", 93, "yes", 5, "pna", 2));
            v.put("chronic_illness", pick("no", 85, "yes", 15));
            v.put("chronic_treatment", v.get("chronic_illness").equals("yes")
                    ? pick("continuous", 50, "interrupted", 35, "no_treatment", 15) : "");
            v.put("hiv_treatment_interrupted", pick("no", 90, "pna", 8, "yes", 2));
            v.put("pregnant_lactating", sex.equals("female") ? pick("no", 85, "yes", 15) : "");
            v.put("separated_children", pick("no", 97, "yes", 3));
            v.put("older_person", age >= 60 ? "1" : "0");
            v.put("gbv_risk", pick("no", 88, "pna", 7, "yes", 5));
            boolean flag = v.get("disability").equals("yes") || v.get("chronic_treatment").equals("interrupted")
                    || v.get("chronic_treatment").equals("no_treatment")
                    || v.get("hiv_treatment_interrupted").equals("yes") || v.get("pregnant_lactating").equals("yes")
                    || v.get("separated_children").equals("yes") || age >= 60 || v.get("gbv_risk").equals("yes");
            v.put("referral_flag", flag ? "1" : "0");
            v.put("referral_accepted", flag ? pick("yes", 80, "no", 20) : "");
            insert(SURVEY, point, v);
        }
    }

    private String pick(Object... weighted) {
        int total = 0;
        for (int i = 1; i < weighted.length; i += 2) {
            total += (Integer) weighted[i];
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weighted.length; i += 2) {
            x -= (Integer) weighted[i + 1];
            if (x < 0) {
                return (String) weighted[i];
            }
        }
        throw new AssertionError();
    }

    private void insert(String formId, String site, Map<String, String> values) {
        FormVersion form = forms.latest(formId);
        FormSchema schema = forms.definition(form).schema();
        String id = UUID.randomUUID().toString();
        String xml = instanceXml(schema, values, id);
        Instant at = FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        StudyInternals.database(study).run(() -> study.submissions().insert(new Submission(id, form.id(), SubmissionStatus.FINAL, 1,
                at, at, site, "device-1", study.member().id(), null, xml)));
    }

    /** Nests the top-level values under their group elements, as a form engine would write them. */
    static String instanceXml(FormSchema schema, Map<String, String> values, String id) {
        Map<String, Object> root = new LinkedHashMap<>();
        for (FieldSchema f : schema.fields()) {
            if (f.repeatPath() != null) {
                continue;
            }
            String[] steps = f.path().substring(schema.rootPath().length() + 1).split("/");
            Map<String, Object> node = root;
            for (int i = 0; i < steps.length - 1; i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) node.computeIfAbsent(steps[i], k -> new LinkedHashMap<>());
                node = child;
            }
            node.put(steps[steps.length - 1], f.name().equals("instanceID") ? "uuid:" + id
                    : values.getOrDefault(f.name(), ""));
        }
        String name = schema.rootPath().substring(1);
        StringBuilder sb = new StringBuilder("<" + name + " id=\"" + schema.formId() + "\">");
        write(root, sb);
        return sb.append("</").append(name).append(">").toString();
    }

    private static void write(Map<String, Object> node, StringBuilder sb) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            sb.append('<').append(e.getKey()).append('>');
            if (e.getValue() instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) m;
                write(child, sb);
            } else {
                sb.append(e.getValue().toString().replace("&", "&amp;").replace("<", "&lt;"));
            }
            sb.append("</").append(e.getKey()).append('>');
        }
    }

}
