package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.disputatio.IntegrationTest;
import org.disputatio.authoring.TextImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The backup file validates against the JSON Schema the app publishes for it (issue 14 point 3, ADR 043), with
 * and without the password hashes, and the schema is not vacuous: files a restore refuses fail it too.
 */
@IntegrationTest
class BackupSchemaIT {

    static final String ADMIN = "Basic "
            + Base64.getEncoder()
                    .encodeToString(("admin:" + IntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Autowired
    TextImport imports;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    Schema schema;

    @BeforeEach
    void fetchTheSchema() throws IOException, InterruptedException {
        // A map made from a file, so that the backup holds a byte array (the original file) and instants.
        imports.create(
                imports.read("A text to back up.\n".getBytes(StandardCharsets.UTF_8), "schema-check.txt"),
                new TextImport.Metadata("Schema check", "en", null, null),
                "admin");
        var published = get("/schemas/disputatio-backup-1.schema.json", null);
        assertThat(published.statusCode()).isEqualTo(200);
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(published.body(), InputFormat.JSON);
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode backup(String query) throws IOException, InterruptedException {
        var response = get("/api/backup" + query, ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(Error::toString).toList();
    }

    @Test
    void backups_withAndWithoutPasswords_validateAgainstThePublishedSchema() throws Exception {
        JsonNode without = backup("");
        JsonNode with = backup("?passwords=include");

        assertThat(messages(schema.validate(without))).isEmpty();
        assertThat(messages(schema.validate(with))).isEmpty();
        assertThat(without.get("passwords").asString()).isEqualTo("exclude");
        assertThat(with.get("passwords").asString()).isEqualTo("include");
        // The map made above is in it, with its original file's bytes as a typed value.
        assertThat(without.toString()).contains("schema-check.txt", "\"$type\":\"bytes\"");
    }

    @Test
    void filesARestoreRefuses_failTheSchemaToo() throws Exception {
        ObjectNode wrongVersion = (ObjectNode) backup("");
        wrongVersion.put("version", 2);
        assertThat(messages(schema.validate(wrongVersion))).anyMatch(m -> m.contains("version"));

        ObjectNode migration = (ObjectNode) backup("");
        ((ObjectNode) migration.get("nodes").get(0)).putArray("labels").add("__Neo4jMigration");
        assertThat(messages(schema.validate(migration))).anyMatch(m -> m.contains("labels"));

        ObjectNode missingEnd = (ObjectNode) backup("");
        ((ObjectNode) missingEnd.get("relationships").get(0)).remove("end");
        assertThat(messages(schema.validate(missingEnd))).anyMatch(m -> m.contains("end"));
    }
}
