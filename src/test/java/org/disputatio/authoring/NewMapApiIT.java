package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.OneUserApi;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

/** {@code POST /api/maps} in both forms, every refusal, the map's owner, its change-log entry and its undo. */
@IntegrationTest
class NewMapApiIT extends OneUserApi {

    ApiCalls.Answer multipart(String authorization, Map<String, String> fields, String fileName, byte[] file)
            throws Exception {
        return api.multipart("/api/maps", authorization, fields, fileName, "application/octet-stream", file);
    }

    long maps() {
        try (var session = driver.session()) {
            return session.run("MATCH (n:Map|Document|OriginalFile) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    @Test
    void json_makesAMapOwnedByTheUser_readableAtItsLocation_andUndoDeletesIt() throws Exception {
        var answer = api.send("POST", "/api/maps", ada, """
                {"title":"L’Homme révolté","language":"fr","author":"Albert Camus",
                 "text":"Qu’est-ce qu’un homme révolté ?\\nUn homme qui dit non.\\n\\nMais s’il refuse, il ne renonce pas."}""");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("id").asString()).isEqualTo("l-homme-revolte");
        assertThat(answer.header("Location")).endsWith("/api/maps/l-homme-revolte");
        var map = api.send("GET", "/api/maps/l-homme-revolte", null, null);
        assertThat(map.status()).isEqualTo(200);
        assertThat(map.json().get("title").asString()).isEqualTo("L’Homme révolté");
        assertThat(map.json().get("document").get("text").asString())
                .isEqualTo(
                        "Qu’est-ce qu’un homme révolté ? Un homme qui dit non.\n\nMais s’il refuse, il ne renonce pas.");
        assertThat(map.json().get("document").get("language").asString()).isEqualTo("fr");
        try (var session = driver.session()) {
            var row = session.run("MATCH (m:Map {id: 'l-homme-revolte'})-[:HAS_DOCUMENT]->(d) RETURN m.owner AS owner,"
                            + " d.authors AS authors, d.provenance AS provenance")
                    .single();
            assertThat(row.get("owner").asString()).isEqualTo(USER);
            assertThat(row.get("authors").asList(v -> v.asString())).containsExactly("Albert Camus");
            assertThat(row.get("provenance").asString()).startsWith("Pasted by ada (text/plain, ");
        }
        var changes = api.send("GET", "/api/maps/l-homme-revolte/changes", null, null);
        assertThat(changes.body()).contains("\"kind\":\"MapCreated\"");

        var undo = api.send("POST", "/api/maps/l-homme-revolte/changes/1/undo", ada, null);

        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", "/api/maps/l-homme-revolte", null, null).status())
                .isEqualTo(404);
        assertThat(maps()).isZero();
        // The id stays taken by the deleted map's history: a new map of the same title gets another.
        var again = api.send(
                "POST", "/api/maps", ada, "{\"title\":\"L'Homme révolté\",\"language\":\"fr\",\"text\":\"Non.\"}");
        assertThat(again.json().get("id").asString()).isEqualTo("l-homme-revolte-2");
    }

    @Test
    void undo_isRefusedOnceSomeoneAddedToTheMap() throws Exception {
        api.send(
                "POST",
                "/api/maps",
                ada,
                "{\"title\":\"Design\",\"language\":\"en\",\"text\":\"The world is a machine.\"}");
        var claim = api.send("POST", "/api/maps/design/claims", ada, "{\"kind\":\"premise\",\"text\":\"A machine\"}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);

        var undo = api.send("POST", "/api/maps/design/changes/1/undo", ada, null);

        assertThat(undo.status()).isEqualTo(409);
        assertThat(undo.contentType()).startsWith("application/problem+json");
        assertThat(api.send("GET", "/api/maps/design", null, null).status()).isEqualTo(200);
    }

    @Test
    void multipartPdf_keepsTheFileByteForByte_andReadsItsText() throws Exception {
        byte[] pdf = TestDocuments.essayPdf();

        var answer =
                multipart(ada, Map.of("title", "Design", "language", "en", "author", "A. Writer"), "essay.pdf", pdf);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("id").asString()).isEqualTo("design");
        var file = catalog.originalFile(new MapId("design")).orElseThrow();
        assertThat(file.bytes()).isEqualTo(pdf);
        assertThat(file.sha256()).isEqualTo(TextImport.sha256(pdf));
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(catalog.content(new MapId("design")).orElseThrow().document().text())
                .isEqualTo(TestDocuments.ESSAY_READING_TEXT);
        assertThat(catalog.sections(new MapId("design")))
                .extracting(s -> s.heading())
                .containsExactly("1. The question", "2. The reply");
        // The same title again: the next free id.
        var second = multipart(ada, Map.of("title", "Design", "language", "en"), "essay.pdf", pdf);
        assertThat(second.json().get("id").asString()).isEqualTo("design-2");
    }

    record Refusal(int status, String field, String detailStart) {}

    void assertRefused(ApiCalls.Answer answer, Refusal expected) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected.status());
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (expected.field() != null) {
            assertThat(answer.json().get("field").asString()).isEqualTo(expected.field());
        }
        assertThat(answer.json().get("detail").asString()).startsWith(expected.detailStart());
    }

    @Test
    void everyRefusal_isProblemJson_andWritesNothing() throws Exception {
        assertThat(api.send("POST", "/api/maps", null, "{\"title\":\"T\",\"language\":\"en\",\"text\":\"x\"}")
                        .status())
                .isEqualTo(401);
        assertRefused(
                api.send("POST", "/api/maps", ada, "{\"language\":\"en\",\"text\":\"Some text.\"}"),
                new Refusal(400, "title", "title: give the map a title."));
        assertRefused(
                api.send(
                        "POST", "/api/maps", ada, "{\"title\":\"T\",\"language\":\"English\",\"text\":\"Some text.\"}"),
                new Refusal(400, "language", "language: a language code"));
        assertRefused(
                api.send("POST", "/api/maps", ada, "{\"title\":\"T\",\"language\":\"en\"}"),
                new Refusal(400, "text", "text: give the text"));
        assertRefused(
                api.send("POST", "/api/maps", ada, "{\"title\":\"T\",\"language\":\"en\",\"text\":\"x\",\"tags\":[]}"),
                new Refusal(400, "tags", ""));
        assertRefused(
                api.send("POST", "/api/maps", ada, "{\"title\":\"T\",\"language\":\"en\",\"text\":\" \\n \"}"),
                new Refusal(422, "text", "There is no text to read in the pasted text."));
        String tooLong = "{\"title\":\"T\",\"language\":\"en\",\"text\":\"" + "A sentence.\\n".repeat(170_000) + "\"}";
        assertRefused(
                api.send("POST", "/api/maps", ada, tooLong), new Refusal(413, "text", "The text is 2040000 chars"));
        assertRefused(
                api.send(
                        "POST",
                        "/api/maps",
                        ada,
                        "{\"title\":\"T\",\"language\":\"en\",\"text\":\"" + "x".repeat(100_001) + "\"}"),
                new Refusal(422, "text", "Line 1 of the text is 100001 chars long"));
        assertRefused(
                api.send("POST", "/api/maps", ada, "title=T", "Content-Type", "text/plain"),
                new Refusal(415, null, ""));

        assertRefused(
                multipart(ada, Map.of("language", "en"), "essay.pdf", TestDocuments.essayPdf()),
                new Refusal(400, "title", "title:"));
        assertRefused(
                multipart(ada, Map.of("title", "T", "language", "en"), null, null),
                new Refusal(400, "file", "file: attach the file"));
        assertRefused(
                multipart(ada, Map.of("title", "T", "language", "en"), "picture.pdf", TestDocuments.png()),
                new Refusal(415, "file", "The file 'picture.pdf' is image/png"));
        assertRefused(
                multipart(
                        ada,
                        Map.of("title", "T", "language", "en"),
                        "locked.pdf",
                        TestDocuments.pdf(TestDocuments.ESSAY_PAGES, "secret")),
                new Refusal(422, "file", "The file 'locked.pdf' is encrypted"));
        assertRefused(
                multipart(
                        ada,
                        Map.of("title", "T", "language", "en"),
                        "bomb.docx",
                        TestDocuments.zipBombDocx(200L << 20)),
                new Refusal(422, "file", "The file 'bomb.docx' "));
        assertRefused(
                multipart(ada, Map.of("title", "T", "language", "en"), "empty.txt", new byte[0]),
                new Refusal(422, "file", "The file 'empty.txt' is empty."));
        byte[] big = "word ".repeat(2_150_000).getBytes(StandardCharsets.UTF_8);
        assertRefused(
                multipart(ada, Map.of("title", "T", "language", "en"), "big.txt", big),
                new Refusal(413, "file", "The file is 10750000 bytes"));
        assertThat(multipart(ada, Map.of("title", "T", "language", "en"), "huge.txt", new byte[13 << 20])
                        .status())
                .isEqualTo(413);

        assertThat(maps()).as("nothing half-created").isZero();
        assertThat(api.send("GET", "/api/maps", null, null).json().size()).isZero();
        assertThat(List.of()).isEmpty();
    }
}
