package io.rekindle.openings;

/** Yearly pay in whole units of a currency; either end may be open. */
public record PayRange(Long min, Long max, String currency) {

    public static final PayRange UNKNOWN = new PayRange(null, null, null);

    public boolean known() {
        return min != null || max != null;
    }
}
