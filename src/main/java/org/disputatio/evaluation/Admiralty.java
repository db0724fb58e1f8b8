package org.disputatio.evaluation;

/** The numbers behind an Admiralty grade; ADR 010 explains the choice. */
final class Admiralty {
    private Admiralty() {}

    /** Reliability A..E as 1.0, 0.8, 0.6, 0.4, 0.2; F ("cannot be judged") as unknown. */
    static double reliability(char r) {
        return switch (Character.toUpperCase(r)) {
            case 'A' -> 1.0;
            case 'B' -> 0.8;
            case 'C' -> 0.6;
            case 'D' -> 0.4;
            case 'E' -> 0.2;
            case 'F' -> Double.NaN;
            default -> throw new IllegalArgumentException("reliability must be A..F: " + r);
        };
    }

    /** Credibility 1..5 as 1.0, 0.8, 0.6, 0.4, 0.2; 6 ("cannot be judged") as unknown. */
    static double credibility(int c) {
        return switch (c) {
            case 1 -> 1.0;
            case 2 -> 0.8;
            case 3 -> 0.6;
            case 4 -> 0.4;
            case 5 -> 0.2;
            case 6 -> Double.NaN;
            default -> throw new IllegalArgumentException("credibility must be 1..6: " + c);
        };
    }

    /** The mean of the parts that can be judged; NaN when neither can. */
    static double value(char reliability, int credibility) {
        double r = reliability(reliability);
        double c = credibility(credibility);
        if (Double.isNaN(r)) return c;
        if (Double.isNaN(c)) return r;
        return (r + c) / 2;
    }
}
