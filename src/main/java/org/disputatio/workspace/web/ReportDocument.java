package org.disputatio.workspace.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Scenario;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * The printable report of a map as XHTML, which {@link ReportPrinter} lays out as PDF: the thesis and conclusions
 * with their strength, label and the sources they rest on, the contested conclusions, the sources with their
 * grades, and the what-if scenario's before → after when sources are rejected. Every figure comes from the
 * workspace's evaluation and scenario: nothing is computed here.
 */
final class ReportDocument {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Workspace w;
    private final Scenario scenario;
    private final Map<String, Map<String, Integer>> grades;
    private final StringBuilder html = new StringBuilder();

    /**
     * @param scenario the baseline when nothing is rejected
     * @param grades per source id, how many users gave each Admiralty grade
     */
    private ReportDocument(Workspace w, Scenario scenario, Map<String, Map<String, Integer>> grades) {
        this.w = w;
        this.scenario = scenario;
        this.grades = grades;
    }

    static String of(Workspace w, Scenario scenario, Map<String, Map<String, Integer>> grades, Instant at) {
        return new ReportDocument(w, scenario, grades).write(at);
    }

    /** The thesis, the conclusions, and whatever an argument concludes, in map order. */
    static List<MapContent.Claim> conclusions(Workspace w) {
        return w.map().claims().stream()
                .filter(c -> c.kind().equals("thesis")
                        || c.kind().equals("conclusion")
                        || !w.argumentsFor(c.id()).isEmpty())
                .toList();
    }

    private String write(Instant at) {
        MapContent map = w.map();
        html.append("<!DOCTYPE html>\n<html lang=\"")
                .append(esc(map.language()))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(map.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>");
        html.append("<h1>").append(esc(map.title())).append("</h1>");
        html.append("<p class=\"meta\">Map ")
                .append(esc(map.id()))
                .append(" · ")
                .append(map.claims().size())
                .append(" claims, ")
                .append(map.arguments().size())
                .append(" arguments, ")
                .append(map.sources().size())
                .append(" sources · change ")
                .append(w.seq())
                .append(" · printed ")
                .append(WHEN.format(at))
                .append("</p>");
        html.append("<p class=\"meta\">Strength from 0 to 1 (DF-QuAD, everyone's ratings and grades); label IN "
                + "(stands), OUT (falls) or UNDEC (undecided). \"Rests on\": the sources in the claim's minimal "
                + "support sets, critical ones (whose rejection alone removes its grounding) marked *.</p>");
        if (!scenario.isBaseline()) scenario();
        conclusionsSection();
        contestedSection();
        sourcesSection();
        html.append("</body></html>");
        return html.toString();
    }

    private void scenario() {
        html.append("<h2 id=\"scenario\">What-if scenario</h2><p>Rejected: ");
        html.append(scenario.rejected().stream().map(this::source).collect(Collectors.joining("; ")));
        html.append("</p>");
        List<Scenario.Shift> shifts = scenario.shifts();
        html.append("<p>")
                .append(shifts.size())
                .append(" claims move, ")
                .append(scenario.falling().size())
                .append(" of them fall.</p>");
        if (shifts.isEmpty()) return;
        html.append("<table><thead><tr><th>Claim</th><th>Text</th><th>Before → after</th><th></th></tr></thead>"
                + "<tbody>");
        for (Scenario.Shift s : shifts) {
            html.append("<tr><td class=\"id\">")
                    .append(esc(s.claimId()))
                    .append("</td><td>")
                    .append(esc(w.claim(s.claimId()).map(MapContent.Claim::text).orElse("")))
                    .append("</td><td class=\"num\">")
                    .append(esc(s.text()))
                    .append("</td><td>")
                    .append(s.falls() ? "falls" : "")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void conclusionsSection() {
        List<MapContent.Claim> conclusions = conclusions(w);
        html.append("<h2 id=\"conclusions\">Thesis and conclusions (")
                .append(conclusions.size())
                .append(")</h2>");
        html.append("<table><thead><tr><th>Claim</th><th>Text</th><th>Strength</th><th>Label</th>"
                + "<th>Rests on</th></tr></thead><tbody>");
        for (MapContent.Claim c : conclusions) {
            @Nullable ClaimAssessment a = w.assessment(c.id()).orElse(null);
            html.append("<tr")
                    .append(c.kind().equals("thesis") ? " class=\"thesis\"" : "")
                    .append("><td class=\"id\">")
                    .append(esc(c.id()))
                    .append(c.kind().equals("thesis") ? "<br/>thesis" : "")
                    .append("</td><td>")
                    .append(esc(c.text()))
                    .append("</td><td class=\"num\">")
                    .append(MapTables.strength(a).isEmpty() ? "—" : format(a))
                    .append("</td><td>")
                    .append(a == null ? "" : a.label().name())
                    .append("</td><td class=\"small\">")
                    .append(a == null ? "" : restsOn(a))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void contestedSection() {
        List<Workspace.ContestedConclusion> contested = w.contestedConclusions();
        html.append("<h2 id=\"contested\">Contested conclusions (")
                .append(contested.size())
                .append(")</h2>");
        if (contested.isEmpty()) {
            html.append("<p>No conclusion rests on a contested source.</p>");
            return;
        }
        html.append("<table><thead><tr><th>Claim</th><th>Text</th><th>Strength</th><th>Label</th>"
                + "<th>Contested sources (critical *)</th></tr></thead><tbody>");
        for (Workspace.ContestedConclusion c : contested) {
            Set<String> critical = Set.copyOf(c.criticalContested());
            html.append("<tr><td class=\"id\">")
                    .append(esc(c.claim().id()))
                    .append("</td><td>")
                    .append(esc(c.claim().text()))
                    .append("</td><td class=\"num\">")
                    .append(MapTables.strength(c.assessment()).isEmpty() ? "—" : format(c.assessment()))
                    .append("</td><td>")
                    .append(c.assessment().label().name())
                    .append("</td><td class=\"small\">")
                    .append(c.contestedSources().stream()
                            .map(s -> source(s) + (critical.contains(s) ? " *" : ""))
                            .collect(Collectors.joining("; ")))
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void sourcesSection() {
        List<Workspace.SourceRow> rows = w.sourceRows();
        html.append("<h2 id=\"sources\">Sources (").append(rows.size()).append(")</h2>");
        html.append("<table><thead><tr><th>Source</th><th>Kind</th><th>Citations</th><th>Grades</th>"
                + "<th>Contested</th></tr></thead><tbody>");
        for (Workspace.SourceRow r : rows) {
            html.append("<tr><td>")
                    .append(esc(w.sourceLabel(r.source().id())))
                    .append("<br/><span class=\"small\">")
                    .append(esc(r.source().id()))
                    .append("</span></td><td>")
                    .append(esc(r.source().kind()))
                    .append(", ")
                    .append(esc(r.source().accessibility()))
                    .append("</td><td class=\"num\">")
                    .append(r.citations())
                    .append("</td><td>")
                    .append(esc(gradesOf(r.source().id())))
                    .append("</td><td class=\"small\">")
                    .append(
                            r.contested()
                                    ? esc(r.contestations().stream()
                                            .map(x -> x.by() + ": " + x.reason())
                                            .collect(Collectors.joining("; ")))
                                    : "")
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** "B2 ×3, C3 ×1", most given first; "ungraded" when nobody graded it. */
    private String gradesOf(String sourceId) {
        Map<String, Integer> counts = grades.getOrDefault(sourceId, Map.of());
        String given = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        return given.isEmpty() ? "ungraded" : given;
    }

    /** The sources of the claim's minimal support sets, critical ones first and marked *. */
    private String restsOn(ClaimAssessment a) {
        Set<String> all = new LinkedHashSet<>(a.criticalSources());
        a.supportSets().forEach(all::addAll);
        List<String> out = new ArrayList<>();
        for (String s : all) out.add(source(s) + (a.criticalSources().contains(s) ? " *" : ""));
        String text = String.join("; ", out);
        return out.isEmpty() ? "nothing grounds it" : text + (a.supportSetsTruncated() ? "; …" : "");
    }

    /** A source's short label, or whose word a proponent's word is; escaped. */
    private String source(String id) {
        if (id.startsWith(MapSnapshot.proponentSource(""))) return esc(w.proponentName(id) + "'s word");
        return esc(w.sourceLabel(id));
    }

    /** Two decimals, as the workspace shows it; only called when there is a strength. */
    private static String format(@Nullable ClaimAssessment a) {
        return String.format(
                Locale.ROOT,
                "%.2f",
                java.util.Objects.requireNonNull(a).strength().orElseThrow());
    }

    /** XML escaping, and no control character XHTML refuses. */
    static String esc(@Nullable String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\n' || cp == '\t') b.appendCodePoint(cp);
                }
            }
        });
        return b.toString();
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 15mm 18mm 15mm;
                    @bottom-center { content: "Disputatio · " counter(page) " / " counter(pages); font-size: 8pt; } }
            body { font-family: 'Liberation Sans', sans-serif; font-size: 9pt; line-height: 1.3; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12pt; margin: 14pt 0 4pt 0; page-break-after: avoid; }
            p.meta { color: #444; font-size: 8pt; margin: 2pt 0; }
            table { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; }
            th { text-align: left; border-bottom: 1pt solid #333; font-size: 8pt; }
            td { vertical-align: top; border-bottom: 0.5pt solid #ccc; padding: 2pt 3pt; }
            tr { page-break-inside: avoid; }
            tr.thesis td { background: #efe8fa; }
            td.num, td.id { white-space: nowrap; }
            .small { font-size: 7.5pt; }
            """;
}
