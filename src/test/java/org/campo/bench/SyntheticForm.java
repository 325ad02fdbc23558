package org.campo.bench;

import java.util.Locale;

/**
 * The synthetic form of the form-engine benchmarks (docs/benchmarks.md), as a markdown-table
 * XLSForm: {@code questions} questions in groups of 20 (every fifth group a field-list page),
 * cycling through integer, text, select_one, decimal, date and select_multiple; {@code relevant}
 * of them carry a {@code relevant} rule on an earlier answer (about a third of those rules are
 * false for the answers the benchmark gives); every tenth label shows an earlier answer through
 * {@code ${...}}; and a cascading select: {@code region} (20 regions) then {@code district},
 * a list of {@code districts} rows filtered by {@code choice_filter = region=${region}}.
 */
public final class SyntheticForm {
    static final int GROUP_SIZE = 20;
    static final int REGIONS = 20;
    private static final String[] TYPES = {"integer", "text", "select_one yn", "decimal", "date",
            "select_multiple fruit"};

    private SyntheticForm() {
    }

    /** The default benchmark form: 1,000 questions, 200 relevance rules, 20,000 districts. */
    public static String markdown() {
        return markdown(1_000, 200, 20_000);
    }

    public static String markdown(int questions, int relevant, int districts) {
        StringBuilder md = new StringBuilder(districts * 48 + questions * 96);
        md.append("| settings |\n");
        md.append("| | form_id | version | form_title |\n");
        md.append("| | bench_large | 1 | Synthetic large form |\n");
        md.append("| survey |\n");
        md.append("| | type | name | label | relevant | choice_filter | appearance |\n");
        int ruleEvery = relevant > 0 ? Math.max(1, (questions - 10) / relevant) : Integer.MAX_VALUE;
        int rules = 0;
        for (int i = 0; i < questions; i++) {
            if (i % GROUP_SIZE == 0) {
                int g = i / GROUP_SIZE;
                md.append(String.format(Locale.ROOT, "| | begin_group | g%d | Section %d | | | %s |\n", g, g + 1,
                        g % 5 == 4 ? "field-list" : ""));
            }
            String type;
            String name = "q" + i;
            String label = "Question " + i;
            String choiceFilter = "";
            if (i == 0) {
                type = "select_one region";
                name = "region";
                label = "Region";
            } else if (i == 1) {
                type = "select_one district";
                name = "district";
                label = "District in ${region}";
                choiceFilter = "region=${region}";
            } else {
                type = TYPES[i % TYPES.length];
                if (i % 10 == 7) {
                    label = "Question " + i + " (earlier: ${" + nameOf(i - 5) + "})";
                }
            }
            String rule = "";
            if (i >= 10 && rules < relevant && i % ruleEvery == 0) {
                rule = ruleOn(i - 1 - (i % 7));
                rules++;
            }
            md.append("| | ").append(type).append(" | ").append(name).append(" | ").append(label)
                    .append(" | ").append(rule).append(" | ").append(choiceFilter).append(" | |\n");
            if (i % GROUP_SIZE == GROUP_SIZE - 1 || i == questions - 1) {
                md.append("| | end_group | | | | | |\n");
            }
        }
        md.append("| choices |\n");
        md.append("| | list_name | name | label | region |\n");
        md.append("| | yn | yes | Yes | |\n");
        md.append("| | yn | no | No | |\n");
        for (String f : new String[] {"a", "b", "c", "d"}) {
            md.append("| | fruit | ").append(f).append(" | Fruit ").append(f).append(" | |\n");
        }
        for (int r = 0; r < REGIONS; r++) {
            md.append("| | region | r").append(r).append(" | Region ").append(r).append(" | |\n");
        }
        for (int d = 0; d < districts; d++) {
            md.append("| | district | d").append(d).append(" | District ").append(d).append(" | r")
                    .append(d % REGIONS).append(" |\n");
        }
        return md.toString();
    }

    private static String nameOf(int i) {
        return i == 0 ? "region" : i == 1 ? "district" : "q" + i;
    }

    /** A rule on an earlier question, by that question's type; answers come from {@link #answerKind}. */
    private static String ruleOn(int j) {
        if (j < 2) {
            return "${region} != ''";
        }
        String ref = "${q" + j + "}";
        switch (TYPES[j % TYPES.length]) {
            case "integer":
                return ref + " > 30";
            case "text":
                return "string-length(" + ref + ") > 0";
            case "select_one yn":
                return ref + " = 'yes'";
            case "decimal":
                return ref + " < 80.5";
            case "date":
                return ref + " > date('2020-01-01')";
            default:
                return "selected(" + ref + ", 'b')";
        }
    }
}
