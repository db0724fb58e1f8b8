package org.disputatio.workspace.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disputatio.workspace.CsvCells;
import org.disputatio.workspace.Workspace;

/**
 * The contested conclusions as CSV (RFC 4180, UTF-8, CRLF), one row per conclusion in the order shown.
 * The header and the codes (kind, label) are in English whatever the interface language, so a
 * spreadsheet or a script reads every export the same way.
 */
final class ContestedCsv {

    static final String HEADER = "claim_id,conclusion,kind,label,strength,contested_source_count,"
            + "contested_sources,critical_contested_sources";

    private ContestedCsv() {}

    static String of(Workspace w, List<Workspace.ContestedConclusion> rows) {
        StringBuilder b = new StringBuilder(HEADER).append("\r\n");
        for (Workspace.ContestedConclusion c : rows) {
            b.append(String.join(
                            ",",
                            cell(c.claim().id()),
                            cell(c.claim().text()),
                            cell(c.claim().kind()),
                            cell(c.assessment().label().name()),
                            c.assessment().strength().isPresent()
                                    ? String.format(
                                            Locale.ROOT,
                                            "%.2f",
                                            c.assessment().strength().getAsDouble())
                                    : "",
                            Integer.toString(c.contestedSources().size()),
                            cell(labels(w, c.contestedSources())),
                            cell(labels(w, c.criticalContested()))))
                    .append("\r\n");
        }
        return b.toString();
    }

    private static String labels(Workspace w, List<String> sourceIds) {
        return sourceIds.stream().map(w::sourceLabel).collect(Collectors.joining("; "));
    }

    /** See {@link CsvCells#cell}: the same rule as the map's claims and sources exports. */
    static String cell(String value) {
        return CsvCells.cell(value);
    }
}
