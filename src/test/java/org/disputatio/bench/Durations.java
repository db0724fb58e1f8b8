package org.disputatio.bench;

import java.util.List;

/** Measured durations in nanoseconds, summarised by nearest-rank percentiles in milliseconds. */
public record Durations(List<Long> nanos) {

    public Durations {
        nanos = nanos.stream().sorted().toList();
    }

    /** Nearest-rank percentile ({@code p} from 0 to 100) in nanoseconds. */
    public long percentile(double p) {
        if (nanos.isEmpty()) throw new IllegalStateException("No durations measured");
        int rank = (int) Math.ceil(p / 100.0 * nanos.size());
        return nanos.get(Math.max(0, Math.min(nanos.size() - 1, rank - 1)));
    }

    /** The percentile in milliseconds; NaN when nothing was measured. */
    public double ms(double p) {
        return nanos.isEmpty() ? Double.NaN : percentile(p) / 1e6;
    }

    /** {@code "p50 / p95 / max"} in milliseconds, or "-" when nothing was measured. */
    public String summary() {
        return nanos.isEmpty() ? "-" : String.format("%.1f / %.1f / %.1f", ms(50), ms(95), ms(100));
    }
}
