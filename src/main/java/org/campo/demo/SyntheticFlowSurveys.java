package org.campo.demo;

import org.campo.collect.SubmissionRows;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.campo.app.AppContext;
import org.campo.study.OpenStudy;

/**
 * The flow monitoring surveys of the demo: {@link DemoSettings#submissions()} interviews with
 * people arriving at the three border points over the four weeks. Distributions are modelled
 * on the GTRM flow monitoring of 2019–2023 (mostly Venezuelan, young adults, travelling with
 * family, via Colombia and Ecuador, few with a passport, CPP as the main plan), and the answers
 * respect the form's relevance, constraints and calculations, so every instance passes the
 * form's own validation. Gender identity and sexual orientation are often declined, as they
 * are in the field.
 */
final class SyntheticFlowSurveys implements DemoContent {
    private static final Weights POINT = Weights.of("CEBAF-TUMBES", 65, "TACNA-SC", 25, "DESAGUADERO", 10);
    private static final Weights AGE_BAND = Weights.of("18", 25, "25", 36, "35", 20, "45", 14, "60", 5);
    private static final Weights SEX = Weights.of("female", 48, "male", 50.5, "intersex", 0.3, "pna", 1.2);
    private static final Weights GENDER = Weights.of("cis", 55, "prefer_not", 30, "", 9, "trans_woman", 1.5,
            "trans_man", 0.7, "non_binary", 1.5, "other", 0.5);
    private static final Weights ORIENTATION = Weights.of("heterosexual", 55, "prefer_not", 32, "", 6, "gay", 2.2,
            "lesbian", 1.5, "bisexual", 2.3, "other", 0.6);
    private static final Weights NATIONALITY = Weights.of("venezuelan", 90, "colombian", 4, "ecuadorian", 2,
            "peruvian", 2, "other", 2);
    private static final Weights OTHER_NATIONALITY = Weights.of("Haitiana", 50, "Cubana", 35, "Senegalesa", 15);
    private static final Weights EDUCATION = Weights.of("none", 2, "primary", 12, "secondary", 48, "technical", 18,
            "university", 16, "postgraduate", 1, "pna", 3);
    private static final Weights OCCUPATION = Weights.of("employee", 30, "self_employed", 18, "informal", 20,
            "unemployed", 13, "student", 8, "domestic", 8, "retired", 1, "other", 2);
    private static final Weights OTHER_OCCUPATION = Weights.of("Pescador", 1, "Mototaxista", 1,
            "Cuidadora de adultos mayores", 1);
    private static final Weights STATE = Weights.of("zulia", 12, "distrito_capital", 11, "carabobo", 10, "lara", 9,
            "miranda", 8, "aragua", 7, "anzoategui", 6, "tachira", 6, "bolivar", 5, "monagas", 4, "falcon", 4,
            "merida", 3, "sucre", 3, "portuguesa", 3, "barinas", 2, "trujillo", 2, "guarico", 2, "yaracuy", 1,
            "la_guaira", 1, "nueva_esparta", 0.5, "cojedes", 0.5, "apure", 0.5, "delta_amacuro", 0.3,
            "amazonas", 0.2);
    private static final Weights REGULARIZATION = Weights.of("cpp", 45, "refugee", 14, "visa", 5, "tourist", 3,
            "none", 10, "dont_know", 23);
    private static final Weights DESTINATION = Weights.of("peru", 66, "other_country", 24, "undecided", 10);
    private static final Weights CITY = Weights.of("lima", 60, "trujillo", 8, "piura", 6, "arequipa", 6,
            "chiclayo", 5, "tumbes", 5, "ica", 3, "tacna", 3, "cusco", 2, "other", 2);
    private static final Weights COUNTRY = Weights.of("chile", 55, "argentina", 15, "bolivia", 5, "brazil", 3,
            "uruguay", 3, "ecuador", 2, "colombia", 2, "venezuela", 1, "other", 4);
    private static final Weights STAY_PERU = Weights.of("permanent", 30, "gt_12m", 25, "m6_12", 14, "m1_6", 9,
            "transit", 2, "dont_know", 20);
    private static final Weights STAY_ONWARD = Weights.of("transit", 75, "m1_6", 10, "dont_know", 15);
    private static final Weights NEED = Weights.of("food", 24, "transport", 15, "documentation", 15, "shelter", 12,
            "cash", 10, "health", 7, "employment", 6, "information", 4, "water", 2, "medicines", 2, "hygiene", 1,
            "communication", 1, "legal", 1, "psychosocial", 0.5, "education", 0.5);
    private static final Weights YES_NO_PNA_RARE = Weights.of("yes", 5, "no", 92, "pna", 3);
    private static final Weights CHRONIC = Weights.of("yes", 10, "no", 87, "pna", 3);
    private static final Weights TREATMENT = Weights.of("continuous", 40, "interrupted", 40, "no_treatment", 15,
            "pna", 5);
    private static final Weights HIV = Weights.of("yes", 1, "no", 80, "pna", 12, "", 7);
    private static final Weights PREGNANT = Weights.of("yes", 9, "no", 89, "pna", 2);
    private static final Weights GBV = Weights.of("yes", 4, "no", 79, "pna", 13, "", 4);
    private static final Weights OTHER_COMPANION = Weights.of("sibling", 50, "other_relative", 30,
            "non_relative", 20);
    private static final Weights COMPANIONS = Weights.of("1", 30, "2", 25, "3", 20, "4", 12, "5", 7, "6", 4,
            "8", 2);

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        if (settings.submissions() == 0) {
            return;
        }
        SyntheticForm form = SyntheticForm.of(context, study, DemoForms.FLOW_SURVEY);
        Random random = new Random(settings.seed());
        try (SubmissionBatches batches = new SubmissionBatches(study, form.form(),
                new SubmissionRows(study, context.forms(study)))) {
            for (int i = 0; i < settings.submissions(); i++) {
                String point = POINT.draw(random);
                LocalDate day = DemoCalendar.randomDay(random);
                OffsetDateTime start = DemoCalendar.at(day, 7, 19, random);
                SyntheticInstance s = form.newInstance(start, start.plusMinutes(8 + random.nextInt(18)), random);
                fill(s, point, day, random);
                batches.add(form.submission(s, point, null));
            }
        }
    }

    /** Fills one survey; package-private so tests can check single answers. */
    static void fill(SyntheticInstance s, String point, LocalDate day, Random random) {
        s.set("point_code", point).set("interview_date", day);
        s.set("screen_arriving", chance(random, 0.97) ? "yes" : "no");
        s.set("screen_adult", chance(random, 0.99) ? "yes" : "no");
        s.set("screen_previous", chance(random, 0.985) ? "no" : "yes");
        boolean eligible = "yes".equals(s.get("screen_arriving")) && "yes".equals(s.get("screen_adult"))
                && "no".equals(s.get("screen_previous"));
        s.set("eligible", eligible ? 1 : 0);
        if (!eligible) {
            return;
        }
        boolean consent = chance(random, 0.93);
        s.set("consent", consent ? "yes" : "no");
        if (!consent) {
            return;
        }
        int age = profile(s, random);
        Companions group = travelGroup(s, age, random);
        route(s, point, day, random);
        documents(s, random);
        destination(s, random);
        reasons(s, random);
        needs(s, random);
        vulnerabilities(s, age, group, random);
    }

    private static int profile(SyntheticInstance s, Random random) {
        int from = Integer.parseInt(AGE_BAND.draw(random));
        int age = switch (from) {
            case 18 -> 18 + random.nextInt(7);
            case 25 -> 25 + random.nextInt(10);
            case 35 -> 35 + random.nextInt(10);
            case 45 -> 45 + random.nextInt(15);
            default -> 60 + random.nextInt(20);
        };
        String sex = SEX.draw(random);
        s.set("age", age).set("sex_birth", sex);
        String gender = GENDER.draw(random);
        if (gender.equals("cis")) {
            gender = sex.equals("female") ? "cis_woman" : sex.equals("male") ? "cis_man" : "prefer_not";
        }
        s.set("gender_identity", gender.isEmpty() ? null : gender);
        if (gender.equals("other")) {
            s.set("gender_identity_other", random.nextBoolean() ? "Género fluido" : "Two-spirit (synthetic answer)");
        }
        String orientation = ORIENTATION.draw(random);
        s.set("sexual_orientation", orientation.isEmpty() ? null : orientation);
        if (orientation.equals("other")) {
            s.set("sexual_orientation_other", random.nextBoolean() ? "Pansexual" : "Asexual");
        }
        String nationality = NATIONALITY.draw(random);
        s.set("nationality", nationality);
        if (nationality.equals("other")) {
            s.set("nationality_other", OTHER_NATIONALITY.draw(random));
        }
        s.set("education", EDUCATION.draw(random));
        String occupation = age >= 65 && chance(random, 0.5) ? "retired" : OCCUPATION.draw(random);
        s.set("occupation", occupation);
        if (occupation.equals("other")) {
            s.set("occupation_other", OTHER_OCCUPATION.draw(random));
        }
        return age;
    }

    /** Who travels with the respondent: what the repeat and the two sums record. */
    record Companions(int minors, int older) {
    }

    private static Companions travelGroup(SyntheticInstance s, int age, Random random) {
        boolean withOthers = chance(random, 0.62);
        s.set("travels_with_group", withOthers ? "yes" : "no");
        int minors = 0;
        int older = 0;
        if (withOthers) {
            int others = Integer.parseInt(COMPANIONS.draw(random));
            s.set("group_others", others);
            for (int i = 0; i < others; i++) {
                Map<String, String> member = s.addRow("group_member");
                String relationship;
                int memberAge;
                if (i == 0 && chance(random, 0.6)) {
                    relationship = "partner";
                    memberAge = Math.max(18, age - 5 + random.nextInt(11));
                } else if (age >= 20 && chance(random, 0.7)) {
                    relationship = age >= 55 ? "grandchild" : "child";
                    memberAge = age >= 55 ? random.nextInt(15) : Math.max(0, Math.min(age - 17, 17) - random.nextInt(18));
                } else if (chance(random, 0.25)) {
                    relationship = "parent";
                    memberAge = Math.min(95, age + 18 + random.nextInt(15));
                } else {
                    relationship = OTHER_COMPANION.draw(random);
                    memberAge = 16 + random.nextInt(30);
                }
                memberAge = Math.max(0, memberAge);
                member.put("member_age", String.valueOf(memberAge));
                member.put("member_sex", random.nextBoolean() ? "female" : "male");
                member.put("member_relationship", relationship);
                member.put("member_minor", memberAge < 18 ? "1" : "0");
                member.put("member_older", memberAge >= 60 ? "1" : "0");
                minors += memberAge < 18 ? 1 : 0;
                older += memberAge >= 60 ? 1 : 0;
            }
        }
        s.set("group_minors", minors).set("group_older", older);
        return new Companions(minors, older);
    }

    private static void route(SyntheticInstance s, String point, LocalDate day, Random random) {
        String nationality = s.get("nationality");
        boolean venezuelan = nationality.equals("venezuelan");
        s.set("origin_state", venezuelan ? STATE.draw(random) : "not_venezuela");
        boolean onFoot = chance(random, 0.3);
        s.set("date_left", day.minusDays((onFoot ? 12 : 4) + random.nextInt(onFoot ? 30 : 10)));
        List<String> transit = new ArrayList<>();
        switch (point) {
            case "CEBAF-TUMBES" -> {
                if (!nationality.equals("ecuadorian") && !nationality.equals("peruvian")) {
                    if (!nationality.equals("colombian")) {
                        transit.add("colombia");
                    }
                    transit.add("ecuador");
                } else if (nationality.equals("ecuadorian")) {
                    transit.add("none");
                } else {
                    transit.add("ecuador");
                }
            }
            case "TACNA-SC" -> {
                transit.add("chile");
                if (chance(random, 0.2)) {
                    transit.add("bolivia");
                }
            }
            default -> {
                transit.add("bolivia");
                if (chance(random, 0.3)) {
                    transit.add("chile");
                }
                if (chance(random, 0.1)) {
                    transit.add("brazil");
                }
            }
        }
        if (nationality.equals("other") && !transit.contains("none") && chance(random, 0.5)) {
            transit.add("other");
            s.set("transit_other", "Panamá");
        }
        s.set("transit_countries", String.join(" ", transit));
        double irregular = switch (point) {
            case "CEBAF-TUMBES" -> 0.15;
            case "TACNA-SC" -> 0.12;
            default -> 0.25;
        };
        String entry = chance(random, irregular) ? "IRREGULAR"
                : point.equals("CEBAF-TUMBES") && chance(random, 0.06) ? "AGUAS-VERDES" : point;
        s.set("entry_point", entry);
        List<String> transport = new ArrayList<>();
        if (chance(random, 0.85)) {
            transport.add("bus");
        }
        if (chance(random, 0.1)) {
            transport.add("car");
        }
        if (chance(random, 0.08)) {
            transport.add("truck");
        }
        if (onFoot || transport.isEmpty()) {
            transport.add("on_foot");
        }
        if (onFoot && chance(random, 0.4)) {
            transport.add("hitchhiking");
        }
        s.set("transport", String.join(" ", transport));
        if (chance(random, 0.78)) {
            double cost = Math.min(20000, Math.exp(Math.log(onFoot ? 120 : 260) + 0.6 * random.nextGaussian()));
            s.set("trip_cost", String.format(Locale.ROOT, "%.0f", cost));
        }
    }

    private static void documents(SyntheticInstance s, Random random) {
        List<String> docs = new ArrayList<>();
        if (chance(random, 0.05)) {
            docs.add("none");
        } else {
            if (chance(random, 0.3)) {
                docs.add("passport");
            } else if (chance(random, 0.15)) {
                docs.add("passport_expired");
            }
            if (chance(random, 0.82)) {
                docs.add("cedula");
            }
            if (chance(random, 0.35)) {
                docs.add("birth_certificate");
            }
            if (chance(random, 0.09)) {
                docs.add("cpp");
            }
            if (chance(random, 0.02)) {
                docs.add("carne_extranjeria");
            }
            if (chance(random, 0.03)) {
                docs.add("refugee_application");
            }
            if (chance(random, 0.02)) {
                docs.add("humanitarian_visa");
            }
            if (chance(random, 0.01)) {
                docs.add("other");
                s.set("documents_other", "Partida de nacimiento apostillada");
            }
            if (docs.isEmpty()) {
                docs.add("cedula");
            }
        }
        s.set("documents", String.join(" ", docs));
        s.set("regularization_plan", docs.contains("cpp") ? "cpp" : REGULARIZATION.draw(random));
    }

    private static void destination(SyntheticInstance s, Random random) {
        String type = DESTINATION.draw(random);
        s.set("destination_type", type);
        if (type.equals("peru")) {
            String city = CITY.draw(random);
            s.set("destination_city", city);
            if (city.equals("other")) {
                s.set("destination_city_other", random.nextBoolean() ? "Huancayo" : "Cajamarca");
            }
            s.set("intended_stay", STAY_PERU.draw(random));
        } else if (type.equals("other_country")) {
            String country = COUNTRY.draw(random);
            s.set("destination_country", country);
            if (country.equals("other")) {
                s.set("destination_country_other", random.nextBoolean() ? "Estados Unidos" : "España");
            }
            s.set("intended_stay", STAY_ONWARD.draw(random));
        } else {
            s.set("intended_stay", "dont_know");
        }
    }

    private static void reasons(SyntheticInstance s, Random random) {
        List<String> reasons = new ArrayList<>();
        addIf(reasons, "no_income", 0.75, random);
        addIf(reasons, "food", 0.5, random);
        addIf(reasons, "health", 0.22, random);
        addIf(reasons, "services", 0.3, random);
        addIf(reasons, "insecurity", 0.2, random);
        addIf(reasons, "persecution", 0.04, random);
        addIf(reasons, "discrimination", 0.03, random);
        addIf(reasons, "family", 0.25, random);
        addIf(reasons, "education", 0.05, random);
        if (chance(random, 0.015)) {
            reasons.add("other");
            s.set("reasons_other", "Reunirse con su pareja en Lima");
        }
        if (reasons.isEmpty()) {
            reasons.add("no_income");
        }
        s.set("reasons_leaving", String.join(" ", reasons));

        List<String> difficulties = new ArrayList<>();
        if (!chance(random, 0.2)) {
            addIf(difficulties, "lack_money", 0.55, random);
            addIf(difficulties, "hunger", 0.35, random);
            addIf(difficulties, "walking", 0.3, random);
            addIf(difficulties, "no_shelter", 0.25, random);
            addIf(difficulties, "illness", 0.12, random);
            addIf(difficulties, "robbery", 0.1, random);
            addIf(difficulties, "extortion", 0.08, random);
            addIf(difficulties, "violence", 0.05, random);
            addIf(difficulties, "gbv", 0.02, random);
            addIf(difficulties, "detention", 0.03, random);
            addIf(difficulties, "xenophobia", 0.12, random);
            addIf(difficulties, "lost_documents", 0.04, random);
            if (chance(random, 0.01)) {
                difficulties.add("other");
                s.set("difficulties_other", "Cobro de «peaje» en trocha (relato sintético)");
            }
        }
        if (difficulties.isEmpty()) {
            difficulties.add("none");
        }
        s.set("route_difficulties", String.join(" ", difficulties));
    }

    private static void needs(SyntheticInstance s, Random random) {
        String first = NEED.draw(random);
        s.set("need_1", first);
        if (!chance(random, 0.85)) {
            return;
        }
        String second = drawOther(random, first, null);
        s.set("need_2", second);
        if (chance(random, 0.8)) {
            s.set("need_3", drawOther(random, first, second));
        }
    }

    private static String drawOther(Random random, String a, String b) {
        String need;
        do {
            need = NEED.draw(random);
        } while (need.equals(a) || need.equals(b));
        return need;
    }

    private static void vulnerabilities(SyntheticInstance s, int age, Companions group, Random random) {
        String disability = YES_NO_PNA_RARE.draw(random);
        String chronic = CHRONIC.draw(random);
        s.set("disability", disability).set("chronic_illness", chronic);
        String treatment = null;
        if (chronic.equals("yes")) {
            treatment = TREATMENT.draw(random);
            s.set("chronic_treatment", treatment);
        }
        String hiv = HIV.draw(random);
        s.set("hiv_treatment_interrupted", hiv.isEmpty() ? null : hiv);
        String pregnant = PREGNANT.draw(random);
        s.set("pregnant_lactating", pregnant);
        String separated = null;
        if (group.minors() > 0) {
            separated = chance(random, 0.04) ? "yes" : "no";
            s.set("separated_children", separated);
        }
        boolean older = age >= 60 || group.older() > 0;
        s.set("older_person", older ? 1 : 0);
        String gbv = GBV.draw(random);
        s.set("gbv_risk", gbv.isEmpty() ? null : gbv);
        boolean referral = disability.equals("yes") || "interrupted".equals(treatment)
                || "no_treatment".equals(treatment) || hiv.equals("yes") || pregnant.equals("yes")
                || "yes".equals(separated) || older || gbv.equals("yes");
        s.set("referral_flag", referral ? 1 : 0);
        if (referral) {
            s.set("referral_accepted", chance(random, 0.8) ? "yes" : "no");
        }
    }

    private static void addIf(List<String> list, String value, double p, Random random) {
        if (chance(random, p)) {
            list.add(value);
        }
    }

    private static boolean chance(Random random, double p) {
        return random.nextDouble() < p;
    }
}
