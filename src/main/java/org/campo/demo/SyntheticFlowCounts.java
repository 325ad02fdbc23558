package org.campo.demo;

import org.campo.collect.SubmissionRows;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.campo.app.AppContext;
import org.campo.study.OpenStudy;

/**
 * Four weeks of flow counts at three border points: every group that crosses, in and out, by
 * shift and time slot, with its composition by sex and age. The volumes follow the pattern of
 * the GTRM reports after the 2019 visa requirement: Tumbes carries most arrivals, Tacna sees as
 * many exits towards Chile as entries, Desaguadero a small flow both ways; mornings are busiest
 * and weekends a little busier than weekdays.
 */
final class SyntheticFlowCounts implements DemoContent {
    /** Mean groups per day at one point in one direction. */
    record Flow(String point, String direction, double groupsPerDay) {
    }

    static final List<Flow> FLOWS = List.of(
            new Flow("CEBAF-TUMBES", "entry", 55), new Flow("CEBAF-TUMBES", "exit", 12),
            new Flow("TACNA-SC", "entry", 22), new Flow("TACNA-SC", "exit", 28),
            new Flow("DESAGUADERO", "entry", 9), new Flow("DESAGUADERO", "exit", 6));

    private static final Weights SHIFT = Weights.of("morning", 45, "afternoon", 40, "night", 15);
    private static final Weights NATIONALITY = Weights.of("venezuelan", 88, "colombian", 4, "ecuadorian", 2,
            "peruvian", 5, "other", 1);
    private static final Weights TRANSPORT_TUMBES = Weights.of("on_foot", 45, "bus", 30, "taxi", 15, "car", 5,
            "truck", 4, "other", 1);
    private static final Weights TRANSPORT_SOUTH = Weights.of("on_foot", 25, "bus", 35, "taxi", 30, "car", 6,
            "truck", 3, "other", 1);

    @Override
    public void addTo(AppContext context, OpenStudy study, DemoSettings settings) {
        SyntheticForm form = SyntheticForm.of(context, study, DemoForms.FLOW_COUNT);
        Random random = new Random(settings.seed() ^ 0x5EED_C0DEL);
        try (SubmissionBatches batches = new SubmissionBatches(study, form.form(),
                new SubmissionRows(study, context.forms(study)))) {
            for (int d = 0; d < DemoCalendar.DAYS; d++) {
                LocalDate day = DemoCalendar.day(d);
                for (String point : List.of("CEBAF-TUMBES", "TACNA-SC", "DESAGUADERO")) {
                    for (SyntheticInstance group : groupsOfTheDay(form, point, day, random)) {
                        batches.add(form.submission(group, point, null));
                    }
                }
            }
        }
    }

    /** The groups counted at one point on one day, numbered per shift in the order they crossed. */
    private List<SyntheticInstance> groupsOfTheDay(SyntheticForm form, String point, LocalDate day, Random random) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        List<SyntheticInstance> groups = new ArrayList<>();
        for (Flow flow : FLOWS) {
            if (!flow.point().equals(point)) {
                continue;
            }
            double mean = flow.groupsPerDay() * (weekend ? 1.1 : 1.0) * (0.8 + 0.4 * random.nextDouble());
            long n = Math.round(mean);
            for (int i = 0; i < n; i++) {
                String shift = SHIFT.draw(random);
                TimeSlot slot = TimeSlot.in(shift, random);
                OffsetDateTime start = DemoCalendar.at(day, slot.fromHour(), slot.toHour(), random);
                SyntheticInstance g = form.newInstance(start, start.plusSeconds(40 + random.nextInt(150)), random);
                g.set("sampling_interval", 5).set("point_code", point).set("count_date", day)
                        .set("shift", shift).set("time_slot", slot.code()).set("direction", flow.direction());
                GroupComposition.draw(random).writeTo(g);
                g.set("nationality", NATIONALITY.draw(random));
                g.set("transport", (point.equals("CEBAF-TUMBES") ? TRANSPORT_TUMBES : TRANSPORT_SOUTH).draw(random));
                groups.add(g);
            }
        }
        groups.sort(Comparator.comparing(g -> g.get("start")));
        int[] seqByShift = new int[3];
        for (SyntheticInstance g : groups) {
            int shiftIndex = switch (g.get("shift")) {
                case "morning" -> 0;
                case "afternoon" -> 1;
                default -> 2;
            };
            int seq = ++seqByShift[shiftIndex];
            g.set("group_seq", seq).set("survey_due", seq % 5 == 0 ? 1 : 0);
        }
        return groups;
    }

    /** The form's time slots (choice filter {@code shift = ${shift}}) with their hours. */
    record TimeSlot(String code, int fromHour, int toHour) {
        static final List<TimeSlot> MORNING = List.of(new TimeSlot("h06_08", 6, 8), new TimeSlot("h08_10", 8, 10),
                new TimeSlot("h10_12", 10, 12));
        static final List<TimeSlot> AFTERNOON = List.of(new TimeSlot("h12_14", 12, 14),
                new TimeSlot("h14_16", 14, 16), new TimeSlot("h16_18", 16, 18));
        static final List<TimeSlot> NIGHT = List.of(new TimeSlot("h18_20", 18, 20), new TimeSlot("h20_22", 20, 22),
                new TimeSlot("h22_00", 22, 24), new TimeSlot("h00_06", 0, 6));
        private static final Weights NIGHT_SLOT = Weights.of("0", 55, "1", 30, "2", 10, "3", 5);

        static TimeSlot in(String shift, Random random) {
            List<TimeSlot> slots = switch (shift) {
                case "morning" -> MORNING;
                case "afternoon" -> AFTERNOON;
                default -> NIGHT;
            };
            // Night crossings cluster in the early evening; the border post is nearly empty after 22h.
            if (slots == NIGHT) {
                return slots.get(NIGHT_SLOT.draw(random).charAt(0) - '0');
            }
            return slots.get(random.nextInt(slots.size()));
        }
    }
}
