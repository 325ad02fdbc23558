package org.campo.demo;

import java.util.Random;

/**
 * Who crosses together, as the flow count tallies it (eight sex and age bands). The mix of
 * group types follows what border monitoring reports describe: many men travelling alone,
 * women with children, couples and families with young children, a few with older relatives.
 */
record GroupComposition(int girls0to5, int boys0to5, int girls6to17, int boys6to17, int women18to59,
                        int men18to59, int women60plus, int men60plus) {

    private static final Weights TYPE = Weights.of("man_alone", 28, "woman_alone", 10, "couple", 12,
            "mother_children", 15, "family", 22, "family_older", 5, "adult_men", 8);

    static GroupComposition draw(Random random) {
        int[] c = new int[8];
        switch (TYPE.draw(random)) {
            case "man_alone" -> c[5] = 1;
            case "woman_alone" -> c[4] = 1;
            case "couple" -> {
                c[4] = 1;
                c[5] = 1;
            }
            case "mother_children" -> {
                c[4] = 1;
                children(c, 1 + random.nextInt(3), random);
            }
            case "family" -> {
                c[4] = 1;
                c[5] = 1;
                children(c, 1 + random.nextInt(4), random);
            }
            case "family_older" -> {
                c[4] = 1;
                c[5] = random.nextInt(2);
                c[random.nextBoolean() ? 6 : 7] = 1;
                children(c, random.nextInt(3), random);
            }
            default -> c[5] = 2 + random.nextInt(4);
        }
        return new GroupComposition(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
    }

    private static void children(int[] c, int n, Random random) {
        for (int i = 0; i < n; i++) {
            boolean young = random.nextDouble() < 0.45;
            boolean girl = random.nextBoolean();
            c[(young ? 0 : 2) + (girl ? 0 : 1)]++;
        }
    }

    int total() {
        return girls0to5 + boys0to5 + girls6to17 + boys6to17 + women18to59 + men18to59 + women60plus + men60plus;
    }

    void writeTo(SyntheticInstance count) {
        count.set("girls_0_5", girls0to5).set("boys_0_5", boys0to5).set("girls_6_17", girls6to17)
                .set("boys_6_17", boys6to17).set("women_18_59", women18to59).set("men_18_59", men18to59)
                .set("women_60_plus", women60plus).set("men_60_plus", men60plus).set("group_total", total());
    }
}
