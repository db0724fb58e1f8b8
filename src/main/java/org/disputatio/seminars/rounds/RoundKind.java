package org.disputatio.seminars.rounds;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a round rates: the strength of items of evidence, the inference of arguments, or the Admiralty grades of
 * sources; each on the same scale as the map's own ratings and grades (ADR 020), with its level of measurement.
 */
public enum RoundKind {
    EVIDENCE("Evidence", List.of(Scale.VALUE)),
    INFERENCE("Argument", List.of(Scale.VALUE)),
    GRADE("Source", List.of(Scale.RELIABILITY, Scale.CREDIBILITY));

    /** One rated dimension: its name in the API, its level and its categories in order. */
    public enum Scale {
        /** Evidence strength or inference strength: 0, 0.25, 0.5, 0.75, 1, ranks 0–4. */
        VALUE("value", Agreement.Level.ORDINAL, List.of("0", "0.25", "0.5", "0.75", "1")),
        /** Reliability of the source, A–F: F ("cannot be judged") is no rank below E, so letters are nominal. */
        RELIABILITY("reliability", Agreement.Level.NOMINAL, List.of("A", "B", "C", "D", "E", "F")),
        /** Credibility of the information, 1–6, as ranks. */
        CREDIBILITY("credibility", Agreement.Level.ORDINAL, List.of("1", "2", "3", "4", "5", "6"));

        private final String apiName;
        private final Agreement.Level level;
        private final List<String> categories;

        Scale(String apiName, Agreement.Level level, List<String> categories) {
            this.apiName = apiName;
            this.level = level;
            this.categories = categories;
        }

        public String apiName() {
            return apiName;
        }

        public Agreement.Level level() {
            return level;
        }

        /** The values a rating may take, as shown, in order. */
        public List<String> categories() {
            return categories;
        }
    }

    private final String label;
    private final List<Scale> scales;

    RoundKind(String label, List<Scale> scales) {
        this.label = label;
        this.scales = scales;
    }

    /** The Neo4j label of the items a round of this kind rates; fixed here, never from input. */
    String label() {
        return label;
    }

    public List<Scale> scales() {
        return scales;
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RoundKind> fromApiName(String name) {
        for (var kind : values()) {
            if (kind.apiName().equals(name)) return Optional.of(kind);
        }
        return Optional.empty();
    }
}
