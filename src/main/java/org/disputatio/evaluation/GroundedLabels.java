package org.disputatio.evaluation;

/** The grounded labelling alone, for callers (and benchmarks) that need nothing else. */
public final class GroundedLabels {
    private final Graph g;
    private final byte[] labels;

    GroundedLabels(Graph g, byte[] labels) {
        this.g = g;
        this.labels = labels;
    }

    /** The label of a claim or an argument. */
    public Label label(String id) {
        return Evaluation.label(g.target(id), labels);
    }

    public int count(Label label) {
        byte code = switch (label) {
            case IN -> Engine.IN;
            case OUT -> Engine.OUT;
            case UNDEC -> Engine.UNDEC;
        };
        int n = 0;
        for (byte b : labels) if (b == code) n++;
        return n;
    }
}
