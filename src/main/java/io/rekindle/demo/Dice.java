package io.rekindle.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Random choices, always from a seeded generator so that loads repeat. */
final class Dice {

    private Dice() {}

    static <T> T any(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, each as likely as its weight. */
    static <T> T weighted(SplittableRandom random, List<T> items, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return items.get(i);
            }
        }
        throw new IllegalArgumentException("weights and items differ in length");
    }

    static boolean percent(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }
}
