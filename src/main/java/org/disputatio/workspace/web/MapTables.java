package org.disputatio.workspace.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.CsvCells;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * A map's claims and sources as CSV tables (RFC 4180, UTF-8, CRLF, a header row), in map order. Headers and codes
 * (kind, label) are in English whatever the interface language, so that a script reads every export alike.
 */
final class MapTables {

    static final List<String> CLAIMS_HEADER =
            List.of("id", "kind", "text", "proponent", "section", "label", "strength", "citations");

    static final List<String> SOURCES_HEADER =
            List.of("id", "authors", "title", "year", "kind", "accessibility", "grade", "contested");

    private MapTables() {}

    /**
     * One row per claim with the evaluation's label and strength (four decimals; empty when the values of a cycle
     * did not converge), and its citations as {@code sourceId locator}, separated by "; ".
     */
    static String claims(Workspace w) {
        StringBuilder b = new StringBuilder(CsvCells.row(CLAIMS_HEADER));
        for (MapContent.Claim c : w.map().claims()) {
            @Nullable ClaimAssessment a = w.assessment(c.id()).orElse(null);
            b.append(CsvCells.row(List.of(
                    c.id(),
                    c.kind(),
                    c.text(),
                    c.proponent(),
                    c.section(),
                    a == null ? "" : a.label().name(),
                    strength(a),
                    c.citations().stream().map(MapTables::citation).collect(Collectors.joining("; ")))));
        }
        return b.toString();
    }

    /**
     * One row per source; {@code grade} is the Admiralty grade users gave most often (say "B2"; the better one on a
     * tie; empty when nobody graded it), {@code contested} whether a contestation of it is open.
     *
     * @param grades per source id, how many users gave each grade ("B2" to 3)
     */
    static String sources(Workspace w, Map<String, Map<String, Integer>> grades) {
        StringBuilder b = new StringBuilder(CsvCells.row(SOURCES_HEADER));
        Map<String, Boolean> contested =
                w.sourceRows().stream().collect(Collectors.toMap(r -> r.source().id(), Workspace.SourceRow::contested));
        for (MapContent.Source s : w.map().sources()) {
            b.append(CsvCells.row(List.of(
                    s.id(),
                    String.join("; ", s.authors()),
                    s.title() == null ? "" : s.title(),
                    s.year() == null ? "" : s.year().toString(),
                    s.kind(),
                    s.accessibility(),
                    mostGiven(grades.getOrDefault(s.id(), Map.of())),
                    Boolean.toString(contested.getOrDefault(s.id(), false)))));
        }
        return b.toString();
    }

    /** The grade given most often; on a tie the better one (A before B, 1 before 2); empty when none. */
    static String mostGiven(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.removeIf(e -> e.getValue() <= 0);
        return entries.stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse("");
    }

    static String strength(@Nullable ClaimAssessment a) {
        if (a == null || !a.converged() || a.strength().isEmpty()) return "";
        return String.format(Locale.ROOT, "%.4f", a.strength().getAsDouble());
    }

    private static String citation(MapContent.Citation c) {
        return c.locator() == null || c.locator().isBlank() ? c.sourceId() : c.sourceId() + " " + c.locator();
    }
}
