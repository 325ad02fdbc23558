package org.campo.export.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;

/**
 * Recognises a flow-count form by its variables (a point, a direction and the eight sex and
 * age-band counters of the shipped {@code flow-count} form) and adds its group records up into
 * people per point, day and direction.
 */
public final class FlowCounts {
    public static final String POINT = "point_code";
    public static final String DIRECTION = "direction";
    public static final String ENTRY = "entry";
    public static final String EXIT = "exit";
    public static final List<String> COUNTERS = List.of("girls_0_5", "boys_0_5", "girls_6_17", "boys_6_17",
            "women_18_59", "men_18_59", "women_60_plus", "men_60_plus");

    private FlowCounts() {
    }

    public static boolean isFlowCount(FormSchema schema) {
        return field(schema, POINT).isPresent() && field(schema, DIRECTION).isPresent()
                && COUNTERS.stream().allMatch(c -> field(schema, c).isPresent());
    }

    public static FlowReport build(FormSchema schema, List<SummaryRecord> records, String language, int minCell,
                                   SummaryText text) {
        CategoricalVariable points = CategoricalVariable.of(field(schema, POINT).orElseThrow(), language, text);
        CategoricalVariable directions = CategoricalVariable.of(field(schema, DIRECTION).orElseThrow(), language, text);
        List<String> counterLabels = COUNTERS.stream().map(c -> field(schema, c).orElseThrow().label(language)).toList();
        List<PublishedTable> tables = new ArrayList<>();
        List<DailyFlow> days = new ArrayList<>();
        for (int p = 0; p < points.values().size(); p++) {
            String point = points.values().get(p);
            Map<LocalDate, long[][]> byDay = new TreeMap<>();
            for (SummaryRecord r : records) {
                if (!point.equals(r.value(POINT)) || r.date() == null) {
                    continue;
                }
                int d = direction(r.value(DIRECTION));
                if (d < 0) {
                    continue;
                }
                long[] counts = byDay.computeIfAbsent(r.date(), k -> new long[2][COUNTERS.size()])[d];
                for (int c = 0; c < COUNTERS.size(); c++) {
                    counts[c] += parse(r.value(COUNTERS.get(c)));
                }
            }
            if (byDay.isEmpty()) {
                continue;
            }
            List<String> rowLabels = new ArrayList<>();
            List<long[]> interior = new ArrayList<>();
            for (Map.Entry<LocalDate, long[][]> day : byDay.entrySet()) {
                for (int d = 0; d < 2; d++) {
                    rowLabels.add(day.getKey() + " · " + directions.labels().get(directions.values().indexOf(d == 0 ? ENTRY : EXIT)));
                    interior.add(day.getValue()[d]);
                }
            }
            CountTable table = CountTable.additive("flow_" + point, points.labels().get(p), text.get("dayDirection"),
                    text.get("sexAge"), rowLabels, counterLabels, interior.toArray(new long[0][]));
            PublishedTable published = PublishedTable.of(table, minCell);
            tables.add(published);
            int row = 0;
            for (LocalDate date : byDay.keySet()) {
                int total = table.columns();
                days.add(new DailyFlow(date, point, points.labels().get(p), table.cell(row, total),
                        table.cell(row + 1, total), !published.shows(row, total), !published.shows(row + 1, total)));
                row += 2;
            }
        }
        return new FlowReport(tables, days);
    }

    private static int direction(String value) {
        return ENTRY.equals(value) ? 0 : EXIT.equals(value) ? 1 : -1;
    }

    private static long parse(String v) {
        try {
            return v.isEmpty() ? 0 : Math.max(0, Long.parseLong(v));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<FieldSchema> field(FormSchema schema, String name) {
        return schema.fields().stream().filter(f -> f.repeatPath() == null && f.name().equals(name)).findFirst();
    }
}
