package org.disputatio.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The exports for people (issue 14 point 6) through the API: the shipped essay's claims and sources as CSV and its
 * printable report (with and without a what-if), and a map whose texts test the CSV's quoting and its defusing of
 * formulas.
 */
@IntegrationTest
class MapExportsApiIT {

    static final String TRICKY = "tricky-cells";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvaluationService evaluations;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void clear() {
        TestGraphs.clear(driver);
        evaluations.invalidate(ShippedEssay.ID);
        evaluations.invalidate(new MapId(TRICKY));
    }

    HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The records of an RFC 4180 text, each a list of unquoted cells. */
    static List<List<String>> records(String csv) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') quoted = false;
                else cell.append(ch);
            } else if (ch == '"') quoted = true;
            else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                i++;
            } else cell.append(ch);
        }
        assertThat(cell).as("the file ends with CRLF").isEmpty();
        assertThat(row).isEmpty();
        return out;
    }

    @Test
    void essayClaimsCsv_oneRowPerClaim_withLabelStrengthAndCitations() throws Exception {
        ShippedEssay.ensureStored(catalog);
        var response = get("/api/maps/furr-staline-democratie/claims.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("furr-staline-democratie-claims.csv");
        List<List<String>> rows = records(text(response));
        assertThat(rows.getFirst())
                .containsExactly("id", "kind", "text", "proponent", "section", "label", "strength", "citations");
        System.out.println("EXPORTS claims " + (rows.size() - 1) + " first " + rows.get(1));
        assertThat(rows).hasSize(1 + 346);
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(8));
    }

    @Test
    void essaySourcesCsv_oneRowPerSource() throws Exception {
        ShippedEssay.ensureStored(catalog);
        var response = get("/api/maps/furr-staline-democratie/sources.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        List<List<String>> rows = records(text(response));
        assertThat(rows.getFirst())
                .containsExactly("id", "authors", "title", "year", "kind", "accessibility", "grade", "contested");
        System.out.println("EXPORTS sources " + (rows.size() - 1) + " first " + rows.get(1) + " contested "
                + rows.stream().filter(r -> r.get(7).equals("true")).count());
        assertThat(rows).hasSize(1 + 57);
    }

    static String pdfText(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var pdf = Loader.loadPDF(response.body())) {
            // Lines wrap in table cells: compare with the spaces folded.
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void essayReport_listsThesisConclusionsSources_andAWhatIfsChangedLabel() throws Exception {
        ShippedEssay.ensureStored(catalog);
        get("/api/maps/furr-staline-democratie/claims.csv"); // the workspace opened once, as a reader would have
        long started = System.nanoTime();
        var report = get("/api/maps/furr-staline-democratie/report.pdf");
        // A figure for docs/benchmarks.md, never an assertion.
        System.out.printf(
                "EXPORTS report of the essay: %d ms, %d bytes%n",
                (System.nanoTime() - started) / 1_000_000, report.body().length);
        String text = pdfText(report);
        System.out.println("EXPORTS report " + text.substring(0, Math.min(1500, text.length())));
        assertThat(text)
                .contains("Staline et la lutte pour la réforme démocratique")
                .contains("Thesis and conclusions (90)")
                .contains("c-001 thesis Thèse de Furr : des années 1930 jusqu'à sa mort, Staline a tenté de"
                        + " démocratiser le gouvernement de l'Union soviétique. 0.39 IN")
                .doesNotContain("What-if scenario");
        // Long ids break after a hyphen at the end of a cell's line: joined again before looking for them.
        String sources = text.substring(text.indexOf("Sources (57)")).replace("- ", "-");
        List<List<String>> rows = records(text(get("/api/maps/furr-staline-democratie/sources.csv")));
        List<String> ids =
                rows.subList(1, rows.size()).stream().map(r -> r.getFirst()).toList();
        assertThat(ids).hasSize(57).allSatisfy(id -> assertThat(sources).contains(id));

        String whatIf = pdfText(get("/api/maps/furr-staline-democratie/report.pdf?reject=proponent:furr"));
        String scenario =
                whatIf.substring(whatIf.indexOf("What-if scenario"), whatIf.indexOf("Thesis and conclusions"));
        System.out.println("EXPORTS what-if " + scenario.substring(0, Math.min(1500, scenario.length())));
        assertThat(scenario).startsWith("What-if scenario Rejected: Grover Furr's word ");
        // The thesis no longer stands without its author's word (as in the workspace, SourcesPanelWordsIT).
        assertThat(scenario)
                .contains("153 claims move, 142 of them fall.")
                .contains("c-001 Thèse de Furr : des années 1930 jusqu'à sa mort, Staline a tenté de"
                        + " démocratiser le gouvernement de l'Union soviétique. 0.39 IN → 0.39 OUT falls");
    }

    @Test
    void unknownMapOrSource_problemJson() throws Exception {
        for (String path : List.of(
                "/api/maps/no-such-map/claims.csv",
                "/api/maps/no-such-map/sources.csv",
                "/api/maps/no-such-map/report.pdf")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
        catalog.create(tricky());
        var response = get("/api/maps/" + TRICKY + "/report.pdf?reject=s1&reject=no-such-source");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(text(response)).contains("no-such-source");
    }

    @Test
    void csvCells_quoteCommasQuotesAndLineBreaks_andDefuseFormulas() throws Exception {
        catalog.create(tricky());
        String claims = text(get("/api/maps/" + TRICKY + "/claims.csv"));
        assertThat(claims)
                .isEqualTo("id,kind,text,proponent,section,label,strength,citations\r\n"
                        + "c1,thesis,\"Bread, peace, \"\"land\"\"\nand more\",\"Lenin, V.\",1,IN,0.6250,s1 p. 3\r\n"
                        + "c2,premise,'=SUM(A1:A9),'+1 vote,1,IN,0.5000,\r\n"
                        + "c3,premise,'-2 percent,'@everyone,1,IN,0.5000,\r\n");
        String sources = text(get("/api/maps/" + TRICKY + "/sources.csv"));
        assertThat(sources)
                .isEqualTo("id,authors,title,year,kind,accessibility,grade,contested\r\n"
                        + "s1,'=cmd; Smith,\"'=HYPERLINK(\"\"http://x\"\")\",1917,press,published,,false\r\n");
    }

    /** Texts a naive CSV writer breaks or a spreadsheet runs. */
    static MapContent tricky() {
        String text = "Bread, peace, land.";
        return new MapContent(
                TRICKY,
                "Tricky cells",
                "en",
                new MapContent.Document("Tricky", "en", text, text + "\n", List.of("Lenin"), "Made for tests"),
                List.of(
                        new MapContent.Claim(
                                "c1",
                                "thesis",
                                "Bread, peace, \"land\"\nand more",
                                "Lenin, V.",
                                "1",
                                List.of(),
                                List.of(new MapContent.Citation("s1", "p. 3", "Smith p. 3"))),
                        new MapContent.Claim("c2", "premise", "=SUM(A1:A9)", "+1 vote", "1", List.of(), List.of()),
                        new MapContent.Claim("c3", "premise", "-2 percent", "@everyone", "1", List.of(), List.of())),
                List.of(),
                List.of(),
                List.of(new MapContent.Source(
                        "s1", List.of("=cmd", "Smith"), "=HYPERLINK(\"http://x\")", 1917, "press", "published")),
                List.of());
    }
}
