package org.campo.form.compile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the {@code parameters} column against what each question type accepts (keys and
 * values), as pyxform does, so that a typo such as {@code step=0} or {@code quality=hi} is a
 * located error at compile time rather than a broken widget in the field.
 */
final class ParameterValidator {
    private static final String COLUMN = "parameters";
    private static final Map<String, Set<String>> ACCEPTED = Map.ofEntries(
            Map.entry("range", Set.of("start", "end", "step", "tick_interval", "placeholder", "tick_labelset")),
            Map.entry("select_one", Set.of("randomize", "seed")),
            Map.entry("select_multiple", Set.of("randomize", "seed")),
            Map.entry("rank", Set.of("randomize", "seed")),
            Map.entry("select_one_external", Set.of("randomize", "seed")),
            Map.entry("select_one_from_file", Set.of("randomize", "seed", "value", "label")),
            Map.entry("select_multiple_from_file", Set.of("randomize", "seed", "value", "label")),
            Map.entry("geopoint", Set.of("allow-mock-accuracy", "capture-accuracy", "reference-geometry",
                    "warning-accuracy")),
            Map.entry("geotrace", Set.of("allow-mock-accuracy", "incremental", "reference-geometry")),
            Map.entry("geoshape", Set.of("allow-mock-accuracy", "incremental", "reference-geometry")),
            Map.entry("audio", Set.of("quality")),
            Map.entry("background-audio", Set.of("quality")),
            Map.entry("image", Set.of("max-pixels", "app")),
            Map.entry("text", Set.of("rows")),
            Map.entry("audit", Set.of("location-priority", "location-min-interval", "location-max-age",
                    "track-changes", "identify-user", "track-changes-reasons")));

    private final Diagnostics diag;
    private final FormDefinition form;

    ParameterValidator(FormDefinition form, Diagnostics diag) {
        this.form = form;
        this.diag = diag;
    }

    void validate(FormElement root) {
        for (FormElement e : root.children) {
            if (e.isContainer()) {
                validate(e);
            } else if (!e.parameters.isEmpty() && e.type != null) {
                check(e);
            }
        }
    }

    private void check(FormElement e) {
        String type = e.type.name();
        Set<String> accepted = ACCEPTED.get(type);
        if (accepted == null) {
            return;
        }
        Map<String, String> p = e.parameters;
        for (String v : p.values()) {
            if (v.isEmpty() || v.contains("=")) {
                error(e, "form.compile.parametersSyntax", e.column(COLUMN));
                return;
            }
        }
        Set<String> unknown = new TreeSet<>(p.keySet());
        unknown.removeAll(accepted);
        if (!unknown.isEmpty()) {
            error(e, "form.compile.parameterUnknown", String.join(", ", unknown), type,
                    String.join(", ", new TreeSet<>(accepted)));
            return;
        }
        switch (type) {
            case "range" -> range(e, p);
            case "select_one_from_file", "select_multiple_from_file" -> {
                for (String k : List.of("value", "label")) {
                    if (p.containsKey(k) && !SurveyParser.XML_NAME.matcher(p.get(k)).matches()) {
                        error(e, "form.compile.parameterNotName", k, p.get(k));
                    }
                }
                randomize(e, p);
            }
            case "select_one", "select_multiple", "rank", "select_one_external" -> randomize(e, p);
            case "geopoint", "geotrace", "geoshape" -> geo(e, p);
            case "audio" -> oneOf(e, p, "quality", Set.of("voice-only", "low", "normal", "external"));
            case "background-audio" -> oneOf(e, p, "quality", Set.of("voice-only", "low", "normal"));
            case "image" -> {
                if (p.containsKey("max-pixels") && !p.get("max-pixels").matches("\\d+")) {
                    error(e, "form.compile.parameterInteger", "max-pixels");
                }
                if (p.containsKey("app") && ImageApp.applies(e) && !p.get("app").matches("[A-Za-z][\\w]*(\\.[A-Za-z][\\w]*)+")) {
                    error(e, "form.compile.parameterInvalid", "app", p.get("app"));
                }
            }
            case "text" -> {
                if (p.containsKey("rows") && !p.get("rows").matches("\\d+")) {
                    error(e, "form.compile.parameterInteger", "rows");
                }
            }
            case "audit" -> audit(e, p);
            default -> {
            }
        }
    }

    private void randomize(FormElement e, Map<String, String> p) {
        if (p.containsKey("randomize") && !Set.of("true", "false").contains(p.get("randomize").toLowerCase())) {
            error(e, "form.compile.parameterInvalid", "randomize", p.get("randomize"));
        }
        if (p.containsKey("seed")) {
            if (!"true".equalsIgnoreCase(p.getOrDefault("randomize", ""))) {
                error(e, "form.compile.parameterInvalid", "seed", p.get("seed"));
            } else if (number(p.get("seed")) == null && !p.get("seed").matches("\\$\\{[^}]+}")) {
                error(e, "form.compile.parameterNumber", "seed");
            }
        }
    }

    private void geo(FormElement e, Map<String, String> p) {
        for (String k : List.of("capture-accuracy", "warning-accuracy")) {
            if (p.containsKey(k) && number(p.get(k)) == null) {
                error(e, "form.compile.parameterNumber", k);
            }
        }
        if (p.containsKey("allow-mock-accuracy")
                && !Set.of("true", "false").contains(p.get("allow-mock-accuracy"))) {
            error(e, "form.compile.parameterInvalid", "allow-mock-accuracy", p.get("allow-mock-accuracy"));
        }
        if (p.containsKey("incremental") && !Set.of("true", "yes", "true()").contains(p.get("incremental"))) {
            error(e, "form.compile.parameterInvalid", "incremental", p.get("incremental"));
        }
        if (p.containsKey("reference-geometry")) {
            String ref = p.get("reference-geometry");
            if (ref.isBlank()) {
                error(e, "form.compile.parameterInvalid", "reference-geometry", ref);
            }
        }
    }

    private void oneOf(FormElement e, Map<String, String> p, String key, Set<String> allowed) {
        if (p.containsKey(key) && !allowed.contains(p.get(key))) {
            error(e, "form.compile.parameterInvalid", key, p.get(key));
        }
    }

    private void audit(FormElement e, Map<String, String> p) {
        oneOf(e, p, "location-priority", Set.of("no-power", "low-power", "balanced", "high-accuracy"));
        oneOf(e, p, "track-changes", Set.of("true", "false"));
        oneOf(e, p, "identify-user", Set.of("true", "false"));
        oneOf(e, p, "track-changes-reasons", Set.of("on-form-edit"));
        List<String> location = List.of("location-priority", "location-min-interval", "location-max-age");
        long present = location.stream().filter(p::containsKey).count();
        if (present > 0 && present < 3) {
            error(e, "form.compile.parameterInvalid", "location-priority", String.join(", ", location));
            return;
        }
        if (present == 3) {
            BigDecimal min = number(p.get("location-min-interval"));
            BigDecimal max = number(p.get("location-max-age"));
            if (min == null || min.signum() < 0) {
                error(e, "form.compile.parameterInvalid", "location-min-interval", p.get("location-min-interval"));
            } else if (max == null || max.compareTo(min) < 0) {
                error(e, "form.compile.parameterInvalid", "location-max-age", p.get("location-max-age"));
            }
        }
    }

    private void range(FormElement e, Map<String, String> p) {
        for (String k : List.of("start", "end", "step", "tick_interval", "placeholder")) {
            if (p.containsKey(k) && number(p.get(k)) == null) {
                error(e, "form.compile.parameterNumber", k);
                return;
            }
        }
        BigDecimal start = number(p.getOrDefault("start", "1"));
        BigDecimal end = number(p.getOrDefault("end", "10"));
        BigDecimal step = number(p.getOrDefault("step", "1"));
        BigDecimal span = end.subtract(start).abs();
        for (String k : List.of("step", "tick_interval")) {
            BigDecimal v = p.containsKey(k) ? number(p.get(k)) : (k.equals("step") ? step : null);
            if (v == null) {
                continue;
            }
            if (v.signum() == 0) {
                error(e, "form.compile.rangeZero", k);
                return;
            }
            if (v.abs().compareTo(span) > 0) {
                error(e, "form.compile.rangeTooLarge", k);
                return;
            }
        }
        boolean extras = p.containsKey("tick_interval") || p.containsKey("placeholder")
                || p.containsKey("tick_labelset");
        String appearance = e.column("appearance").strip();
        if (extras && !Set.of("", "vertical", "no-ticks", "vertical no-ticks", "no-ticks vertical")
                .contains(appearance)) {
            error(e, "form.compile.rangeAppearance", appearance);
            return;
        }
        BigDecimal low = start.min(end);
        BigDecimal high = start.max(end);
        if (p.containsKey("tick_interval") && !multiple(number(p.get("tick_interval")), step)) {
            error(e, "form.compile.rangeMultiple", "tick_interval");
            return;
        }
        if (p.containsKey("placeholder")) {
            BigDecimal ph = number(p.get("placeholder"));
            if (ph.compareTo(low) < 0 || ph.compareTo(high) > 0) {
                error(e, "form.compile.rangeOutside", "placeholder");
                return;
            }
            if (!multiple(ph.subtract(start), step)) {
                error(e, "form.compile.rangeMultiple", "placeholder");
                return;
            }
        }
        if (p.containsKey("tick_labelset")) {
            ChoiceList list = form.choiceLists.get(p.get("tick_labelset"));
            if (list == null) {
                error(e, "form.compile.listUnknown", p.get("tick_labelset"), SurveyParser.CHOICES);
                return;
            }
            List<BigDecimal> values = new ArrayList<>();
            for (Choice c : list.choices) {
                BigDecimal v = number(c.name());
                if (v == null) {
                    error(e, "form.compile.rangeLabelsetNumbers", list.name);
                    return;
                }
                values.add(v);
            }
            for (BigDecimal v : values) {
                if (v.compareTo(low) < 0 || v.compareTo(high) > 0) {
                    error(e, "form.compile.rangeOutside", "tick_labelset");
                    return;
                }
                // pyxform: labels sit on the ticks when there are ticks, otherwise on the steps
                BigDecimal interval = p.containsKey("tick_interval") ? number(p.get("tick_interval")) : step;
                if (!multiple(v.subtract(start), interval)) {
                    error(e, "form.compile.rangeMultiple", "tick_labelset");
                    return;
                }
            }
            if (appearance.contains("no-ticks")) {
                // distinct values, as pyxform compares sets (a repeated choice is allowed with allow_choice_duplicates)
                Set<BigDecimal> distinct = new TreeSet<>(values);
                Set<BigDecimal> ends = new TreeSet<>(List.of(start, end));
                if (!distinct.equals(ends)) {
                    error(e, "form.compile.rangeNoTicksTwo", list.name);
                }
            }
        }
    }

    private static boolean multiple(BigDecimal value, BigDecimal step) {
        return value.remainder(step).signum() == 0;
    }

    static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException | NullPointerException ex) {
            return null;
        }
    }

    private void error(FormElement e, String key, Object... args) {
        diag.error(SurveyParser.SURVEY, e.row, e.header(COLUMN), key, args);
    }
}
