package org.campo.export.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The cases the flow monitoring survey flagged for referral ({@code referral_flag = 1}), with
 * the conditions of the form's flag calculation that hold for each. This is case-level data
 * (HIV and GBV answers among it), so {@link SummaryExporter} gives it to coordinators only.
 */
public final class ReferralList {
    public static final String FLAG = "referral_flag";

    /** The flag calculation's conditions, by message key. */
    private static final Map<String, Predicate<SummaryRecord>> CONDITIONS = new LinkedHashMap<>();

    static {
        CONDITIONS.put("disability", r -> r.value("disability").equals("yes"));
        CONDITIONS.put("treatment", r -> r.value("chronic_treatment").equals("interrupted")
                || r.value("chronic_treatment").equals("no_treatment"));
        CONDITIONS.put("hiv", r -> r.value("hiv_treatment_interrupted").equals("yes"));
        CONDITIONS.put("pregnant", r -> r.value("pregnant_lactating").equals("yes"));
        CONDITIONS.put("separated", r -> r.value("separated_children").equals("yes"));
        CONDITIONS.put("older", r -> r.value("older_person").equals("1"));
        CONDITIONS.put("gbv", r -> r.value("gbv_risk").equals("yes"));
    }

    private ReferralList() {
    }

    public static List<ReferralCase> of(List<SummaryRecord> records, SummaryText text) {
        List<ReferralCase> cases = new ArrayList<>();
        for (SummaryRecord r : records) {
            if (!r.value(FLAG).equals("1")) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            CONDITIONS.forEach((key, test) -> {
                if (test.test(r)) {
                    reasons.add(text.get("vulnerability." + key));
                }
            });
            String accepted = switch (r.value("referral_accepted")) {
                case "yes" -> text.get("yes");
                case "no" -> text.get("no");
                default -> "";
            };
            cases.add(new ReferralCase(r.key(), r.date(), r.site(), reasons, accepted));
        }
        return cases;
    }
}
