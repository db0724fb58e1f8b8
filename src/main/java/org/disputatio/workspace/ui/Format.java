package org.disputatio.workspace.ui;

import java.util.Locale;

/** How numbers read in the workspace. */
final class Format {

    private Format() {}

    static String strength(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** A five-step rating as a fraction: 0, ¼, ½, ¾, 1. */
    static String step(double value) {
        return switch ((int) Math.round(value * 4)) {
            case 0 -> "0";
            case 1 -> "¼";
            case 2 -> "½";
            case 3 -> "¾";
            default -> "1";
        };
    }

    /** Everyone's ratings as counts per step, e.g. "0:0 ¼:1 ½:2 ¾:0 1:1". */
    static String histogram(java.util.Map<Double, Integer> histogram) {
        StringBuilder b = new StringBuilder();
        histogram.forEach((v, n) ->
                b.append(b.isEmpty() ? "" : "  ").append(step(v)).append(": ").append(n));
        return b.toString();
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
