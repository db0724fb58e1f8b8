package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.SeparateApp;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.security.AccountService;
import org.disputatio.security.EndpointMatrix;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 point 3: content of every kind made through the API, backed up, restored into a second app with an
 * empty database, and every GET endpoint of the API (enumerated from Spring's request mappings, its path
 * variables filled with the ids made here) answers the same in both, as an admin and as a user. Bad files,
 * oversized ones and a second restore are refused with nothing written; the command line restores the same file
 * into a third, stopped store and backs that up to the same graph.
 */
@IntegrationTest
class BackupRestoreIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BEA = "bea-backup";
    static final String CID = "cid-backup";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    final String admin = ApiCalls.basic("admin", IntegrationTest.ADMIN_PASSWORD);
    final String bea = ApiCalls.basic(BEA, TestUsers.PASSWORD);
    final String cid = ApiCalls.basic(CID, TestUsers.PASSWORD);

    /** What the content is made of, to fill the endpoints' path variables. */
    final Map<String, String> made = new LinkedHashMap<>();

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void restoreIntoAnEmptyDatabase_answersEveryGetAsTheOriginal_andRefusesBadFilesWritingNothing() throws Exception {
        api = new ApiCalls(port);
        TestGraphs.clear(driver);
        makeContent();
        var full = api.send("GET", "/api/backup?passwords=include", admin, null);
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.header("Content-Disposition")).startsWith("attachment; filename=\"disputatio-backup-");
        byte[] file = full.body().getBytes(StandardCharsets.UTF_8);
        Path saved = Files.createTempFile(Path.of("target"), "backup-it", ".json");
        Files.write(saved, file);
        JsonNode backup = JSON.readTree(file);
        assertThat(backup.get("format").asString()).isEqualTo("disputatio-backup");
        assertThat(backup.get("version").asInt()).isEqualTo(1);
        assertThat(labels(backup))
                .contains(
                        "Map",
                        "Document",
                        "OriginalFile",
                        "Claim",
                        "Argument",
                        "Source",
                        "Evidence",
                        "Rating",
                        "Grade",
                        "Contestation",
                        "Person",
                        "User",
                        "ApiToken",
                        "Group",
                        "Membership",
                        "Invitation",
                        "Round",
                        "RoundRating",
                        "AchHypothesis",
                        "AchItem",
                        "AchRating",
                        "Review",
                        "Change")
                .noneMatch(l -> l.startsWith("__Neo4jMigration"));

        var withoutPasswords =
                JSON.readTree(api.send("GET", "/api/backup", admin, null).body().getBytes(StandardCharsets.UTF_8));
        assertThat(withoutPasswords.get("passwords").asString()).isEqualTo("exclude");
        assertThat(labels(withoutPasswords)).doesNotContain("ApiToken");
        assertThat(withoutPasswords.toString()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");

        List<String> paths = getPaths();
        Map<String, String> before = answers(api, paths);

        long limit = file.length + 4096;
        try (var target = SeparateApp.start(
                "restore", IntegrationTest.ADMIN_PASSWORD, "--disputatio.backup.max-restore-size=" + limit)) {
            var other = new ApiCalls(port(target));
            Driver targetDriver = target.bean(Driver.class);
            // Asked for before it exists, so a stale "no such map" could be kept by a cache.
            String beaMap = made.get("map:bea");
            assertThat(other.send("GET", "/api/maps/" + beaMap + "/evaluation", admin, null)
                            .status())
                    .isEqualTo(404);
            var empty = EndpointMatrix.snapshot(targetDriver);

            refusals(other, file, limit, targetDriver, empty);

            var restored = other.send("POST", "/api/restore", admin, new String(file, StandardCharsets.UTF_8));
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("maps").toString()).contains(beaMap, ShippedEssay.ID.value());
            assertThat(restored.json().get("accountsWithoutPassword").size()).isZero();

            Map<String, String> after = answers(other, paths);
            List<String> differences = new ArrayList<>();
            for (String key : before.keySet()) {
                if (!before.get(key).equals(after.get(key))) {
                    differences.add(key + "\n  original: " + shorten(before.get(key)) + "\n  restored: "
                            + shorten(after.get(key)));
                }
            }
            assertThat(differences)
                    .as("GET answers that differ after the restore")
                    .isEmpty();
            assertThat(before).hasSizeGreaterThan(100);

            var again = other.send("POST", "/api/restore", admin, new String(file, StandardCharsets.UTF_8));
            assertThat(again.status()).as(again.body()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");

            // The schema holds in the restored database: a new claim continues the map's change log.
            String last = other.send("GET", "/api/maps/" + beaMap + "/changes", admin, null)
                    .json()
                    .get("last")
                    .asString();
            var claim = other.send(
                    "POST",
                    "/api/maps/" + beaMap + "/claims",
                    bea,
                    "{\"kind\":\"premise\",\"text\":\"After restore\"}");
            assertThat(claim.status()).as(claim.body()).isEqualTo(201);
            assertThat(other.send("GET", "/api/maps/" + beaMap + "/changes?after=" + last, admin, null)
                            .json()
                            .get("changes")
                            .get(0)
                            .get("seq")
                            .asLong())
                    .isEqualTo(Long.parseLong(last) + 1);
        }

        commandLine(saved);
    }

    private void refusals(ApiCalls other, byte[] file, long limit, Driver targetDriver, List<String> empty)
            throws Exception {
        String text = new String(file, StandardCharsets.UTF_8);
        var truncated = other.send("POST", "/api/restore", admin, text.substring(0, text.length() / 2));
        assertThat(truncated.status()).as(truncated.body()).isEqualTo(400);
        assertThat(truncated.contentType()).startsWith("application/problem+json");
        assertThat(truncated.json().get("line").asLong()).isPositive();

        var version2 = other.send("POST", "/api/restore", admin, text.replaceFirst("\"version\":1", "\"version\":2"));
        assertThat(version2.status()).as(version2.body()).isEqualTo(422);
        assertThat(version2.json().get("path").asString()).isEqualTo("version");

        // Every node is written before the relationships: a bad one at the end must take them all back.
        var dangling = other.send(
                "POST",
                "/api/restore",
                admin,
                text.replaceFirst(
                        "\"relationships\":\\[\\{\"type\":\"([A-Z_]+)\",\"start\":\\d+",
                        "\"relationships\":[{\"type\":\"$1\",\"start\":99999999"));
        assertThat(dangling.status()).as(dangling.body()).isEqualTo(422);
        assertThat(dangling.json().get("path").asString()).isEqualTo("relationships[0].start");

        var typo = other.send(
                "POST",
                "/api/restore",
                admin,
                text.replaceFirst(
                        "\\{\"\\$type\":\"datetime\"",
                        java.util.regex.Matcher.quoteReplacement("{\"$type\":\"dateTime\"")));
        assertThat(typo.status()).as(typo.body()).isEqualTo(422);
        assertThat(typo.json().get("path").asString()).startsWith("nodes[").contains(".properties.");

        var tooLarge = other.raw(
                "POST /api/restore HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + admin
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + (limit + 1),
                null);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("disputatio.backup.max-restore-size");

        var user = other.send("POST", "/api/restore", ApiCalls.basic("nobody", "x"), text);
        assertThat(user.status()).isEqualTo(401);

        assertThat(EndpointMatrix.difference(empty, EndpointMatrix.snapshot(targetDriver)))
                .as("refused restores write nothing")
                .isEmpty();
    }

    /** The command line restores the file into a stopped store, then backs it up again: the same graph. */
    private void commandLine(Path saved) throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "backup-cli-it");
        Path again = dataDir.resolveSibling(dataDir.getFileName() + ".json");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var command = new BackupCommand(new PrintStream(out, true), new PrintStream(err, true));
        int restored = command.run(
                new String[] {"restore", "--in", saved.toString(), "--data-dir", dataDir.toString()}, Map.of());
        assertThat(restored).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored");
        int refused = command.run(
                new String[] {"restore", "--in", saved.toString(), "--data-dir", dataDir.toString()}, Map.of());
        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("not empty");
        int backedUp = command.run(
                new String[] {
                    "backup", "--out", again.toString(), "--passwords=include", "--data-dir", dataDir.toString()
                },
                Map.of());
        assertThat(backedUp).as(err.toString()).isZero();
        assertThat(graph(JSON.readTree(again.toFile()))).isEqualTo(graph(JSON.readTree(saved.toFile())));
    }

    /** The file's graph without its numbering: each node as labels and properties, each relationship by its ends. */
    static List<String> graph(JsonNode backup) {
        List<String> nodes = new ArrayList<>();
        backup.get("nodes").forEach(n -> nodes.add(n.get("labels") + " " + sorted(n.get("properties"))));
        List<String> all = new ArrayList<>(nodes);
        backup.get("relationships")
                .forEach(r -> all.add(nodes.get(r.get("start").asInt()) + " -["
                        + r.get("type").asString() + " " + sorted(r.get("properties")) + "]-> "
                        + nodes.get(r.get("end").asInt())));
        all.sort(null);
        return all;
    }

    static String sorted(JsonNode properties) {
        var map = new java.util.TreeMap<String, String>();
        properties.properties().forEach(e -> map.put(e.getKey(), e.getValue().toString()));
        return map.toString();
    }

    static Set<String> labels(JsonNode backup) {
        Set<String> labels = new TreeSet<>();
        backup.get("nodes").forEach(n -> n.get("labels").forEach(l -> labels.add(l.asString())));
        return labels;
    }

    static int port(SeparateApp app) {
        return Integer.parseInt(
                app.bean(org.springframework.core.env.Environment.class).getRequiredProperty("local.server.port"));
    }

    /**
     * A printed report's text, without the moment it was printed: PDFs differ byte for byte (their creation date
     * and id), what they say must not.
     */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("printed \\d{4}-\\d{2}-\\d{2}[^\\n]*", "printed …");
        }
    }

    /** Each path's status and body, as the admin and as a user (bea, in the group, with a token). */
    Map<String, String> answers(ApiCalls client, List<String> paths) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            for (var who : Map.of("admin", admin, BEA, bea).entrySet()) {
                var answer = client.send("GET", path, who.getValue(), null);
                // Links carry the address they were asked at (an invitation's url): each app has its own port.
                String body = answer.contentType().startsWith("application/pdf")
                        ? pdfText(client.bytes(path, who.getValue()))
                        : answer.body().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
                answers.put(who.getKey() + " GET " + path, answer.status() + " " + body);
            }
        }
        return answers;
    }

    /** Every GET endpoint under /api with its path variables filled with what {@link #makeContent} made. */
    List<String> getPaths() throws Exception {
        List<String> patterns = EndpointMatrix.apiEndpoints(mappings).stream()
                .filter(e -> e.startsWith("GET "))
                .map(e -> e.substring(4))
                .toList();
        List<String> paths = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.equals("/api/backup")) continue; // carries its own time; compared as a graph below
            List<String> filled = fill(pattern);
            if (filled.isEmpty()) unfilled.add(pattern);
            paths.addAll(filled);
        }
        assertThat(unfilled)
                .as("GET endpoints this test cannot fill: add their variables")
                .isEmpty();
        return paths;
    }

    private List<String> fill(String pattern) throws Exception {
        List<String> done = new ArrayList<>();
        expand(pattern, "", null, done);
        return done;
    }

    private void expand(String rest, String prefix, String map, List<String> done) throws Exception {
        int open = rest.indexOf('{');
        if (open < 0) {
            String path = prefix + rest;
            if (path.endsWith("/search")) path += "?q=sky";
            done.add(path);
            return;
        }
        String before = rest.substring(0, open);
        String variable = rest.substring(open + 1, rest.indexOf('}'));
        String after = rest.substring(rest.indexOf('}') + 1);
        String head = prefix + before;
        String segment = head.substring(0, head.length() - 1);
        segment = segment.substring(segment.lastIndexOf('/') + 1);
        for (String value : values(segment, variable, map)) {
            expand(after, head + value, map == null && segment.equals("maps") ? value : map, done);
        }
    }

    /** The ids a variable takes after a path segment, within a map when there is one. */
    private List<String> values(String segment, String variable, String map) throws Exception {
        return switch (segment) {
            case "maps" ->
                made.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("map:"))
                        .map(Map.Entry::getValue)
                        .toList();
            case "claims" -> ids(map, "claims");
            case "arguments" -> ids(map, "arguments");
            case "attacks" -> ids(map, "attacks");
            case "sources" -> ids(map, "sources");
            case "evidence" -> of("evidence:" + map);
            case "rounds" -> of("round:" + map);
            case "groups" -> of("group");
            case "members" -> List.of(BEA, CID, "admin");
            default -> List.of();
        };
    }

    private List<String> of(String key) {
        String value = made.get(key);
        return value == null ? List.of("none") : List.of(value);
    }

    /** The first ids of a kind in a map as its JSON lists them, and every one users made. */
    private List<String> ids(String map, String kind) throws Exception {
        JsonNode content = api.send("GET", "/api/maps/" + map, admin, null).json();
        List<String> ids = new ArrayList<>();
        if (content.get(kind) != null)
            content.get(kind).forEach(item -> ids.add(item.get("id").asString()));
        List<String> chosen = new ArrayList<>(ids.subList(0, Math.min(3, ids.size())));
        made.entrySet().stream()
                .filter(e -> e.getKey().startsWith(kind + ":" + map))
                .map(Map.Entry::getValue)
                .filter(id -> !chosen.contains(id))
                .forEach(chosen::add);
        return chosen.isEmpty() ? List.of("none") : chosen;
    }

    // ---- the content

    void makeContent() throws Exception {
        TestUsers.ensure(accounts, BEA, CID);
        ShippedEssay.ensureStored(catalog);
        String essay = ShippedEssay.ID.value();
        made.put("map:essay", essay);
        // A user's map from a file: the original's bytes are kept.
        String beaMap = created(multipart(
                bea,
                Map.of("title", "Bea's backup map", "language", "en", "author", "Alpha"),
                "sky.txt",
                "Alpha says the sky is blue. Beta says it is grey at noon.\n".getBytes(StandardCharsets.UTF_8)));
        made.put("map:bea", beaMap);
        String m = "/api/maps/" + beaMap;
        String c1 =
                created(api.send("POST", m + "/claims", bea, "{\"kind\":\"premise\",\"text\":\"The sky is blue\"}"));
        String c2 = created(api.send("POST", m + "/claims", bea, "{\"kind\":\"premise\",\"text\":\"Alpha looked\"}"));
        String c3 = created(api.send("POST", m + "/claims", cid, "{\"kind\":\"premise\",\"text\":\"It is grey\"}"));
        made.put("claims:" + beaMap + ":1", c1);
        made.put("claims:" + beaMap + ":2", c2);
        String argument = created(api.send(
                "POST", m + "/arguments", bea, "{\"conclusionId\":\"" + c1 + "\",\"premiseIds\":[\"" + c2 + "\"]}"));
        made.put("arguments:" + beaMap, argument);
        String attack = created(api.send(
                "POST",
                m + "/attacks",
                cid,
                "{\"fromId\":\"" + c3 + "\",\"targetId\":\"" + c1 + "\",\"kind\":\"rebut\"}"));
        made.put("attacks:" + beaMap, attack);
        String source = created(
                api.send(
                        "POST",
                        m + "/sources",
                        bea,
                        "{\"authors\":[\"Delta\"],\"title\":\"Clouds\",\"year\":2001,\"kind\":\"press\",\"accessibility\":\"published\"}"));
        made.put("sources:" + beaMap, source);
        ok(api.send(
                "POST",
                m + "/claims/" + c2 + "/citations",
                bea,
                "{\"sourceId\":\"" + source + "\",\"locator\":\"p. 4\"}"));
        String evidence = created(
                api.send(
                        "POST",
                        m + "/evidence",
                        cid,
                        "{\"claimId\":\"" + c2 + "\",\"sourceId\":\"" + source
                                + "\",\"locator\":\"p. 12\",\"quote\":\"Blue at noon.\",\"stance\":\"for\",\"url\":null,\"note\":null,\"anchor\":null}"));
        made.put("evidence:" + beaMap, evidence);
        ok(api.send("PUT", m + "/evidence/" + evidence + "/rating", bea, "{\"value\":0.75}"));
        ok(api.send("PUT", m + "/arguments/" + argument + "/rating", cid, "{\"value\":0.5}"));
        ok(api.send("PUT", m + "/sources/" + source + "/grade", cid, "{\"reliability\":\"B\",\"credibility\":2}"));
        created(api.send(
                "POST", m + "/sources/" + source + "/contestations", cid, "{\"reason\":\"Delta never looked.\"}"));
        ok(api.send("PUT", m + "/claims/" + c1 + "/standard", bea, "{\"standard\":\"clear-and-convincing\"}"));
        ok(api.send("POST", m + "/people", bea, "{\"name\":\"Gamma\"}"));
        // Undo history: bea's person undone.
        long last =
                api.send("GET", m + "/changes", bea, null).json().get("last").asLong();
        var undo = api.send("POST", m + "/changes/" + last + "/undo", bea, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        // On the essay: evidence, a rating and a grade by cid.
        String essaySource = api.send("GET", "/api/maps/" + essay, admin, null)
                .json()
                .get("sources")
                .get(0)
                .get("id")
                .asString();
        String essayEvidence = created(
                api.send(
                        "POST",
                        "/api/maps/" + essay + "/evidence",
                        cid,
                        "{\"claimId\":\"" + firstId(essay, "claims") + "\",\"sourceId\":\"" + essaySource
                                + "\",\"locator\":\"p. 1\",\"quote\":\"Seen.\",\"stance\":\"against\",\"url\":null,\"note\":\"Mine\",\"anchor\":null}"));
        made.put("evidence:" + essay, essayEvidence);
        ok(api.send("PUT", "/api/maps/" + essay + "/evidence/" + essayEvidence + "/rating", cid, "{\"value\":0.25}"));
        // A deleted map, in the deleted maps' list.
        String draft = created(api.send(
                "POST", "/api/maps", bea, "{\"title\":\"Bea's draft\",\"language\":\"en\",\"text\":\"Nothing yet.\"}"));
        ok(api.send("DELETE", "/api/maps/" + draft, bea, null));
        // A group with cid as a member through an invitation, a copy of bea's map in it.
        String group = created(api.send("POST", "/api/groups", bea, "{\"name\":\"Backup seminar\"}"));
        made.put("group", group);
        var invitation = api.send(
                "POST", "/api/groups/" + group + "/invitations", bea, "{\"role\":\"member\",\"expiresInDays\":7}");
        assertThat(invitation.status()).as(invitation.body()).isEqualTo(201);
        ok(api.send("POST", "/api/invitations/" + invitation.json().get("code").asString() + "/accept", cid, null));
        String groupMap =
                created(api.send("POST", "/api/groups/" + group + "/maps", bea, "{\"fromMapId\":\"" + beaMap + "\"}"));
        made.put("map:group", groupMap);
        String g = "/api/maps/" + groupMap;
        String groupClaim = idOf(groupMap, "claims", "text", "Alpha looked");
        String groupSource = idOf(groupMap, "sources", "title", "Clouds");
        String groupEvidence = created(
                api.send(
                        "POST",
                        g + "/evidence",
                        cid,
                        "{\"claimId\":\"" + groupClaim + "\",\"sourceId\":\"" + groupSource
                                + "\",\"locator\":\"p. 2\",\"quote\":\"Grey.\",\"stance\":\"against\",\"url\":null,\"note\":null,\"anchor\":null}"));
        made.put("evidence:" + groupMap, groupEvidence);
        // A blind round, rated by both and closed.
        String round = created(
                api.send("POST", g + "/rounds", bea, "{\"kind\":\"evidence\",\"items\":[\"" + groupEvidence + "\"]}"));
        made.put("round:" + groupMap, round);
        ok(api.send("PUT", g + "/rounds/" + round + "/ratings/" + groupEvidence, bea, "{\"value\":0.5}"));
        ok(api.send("PUT", g + "/rounds/" + round + "/ratings/" + groupEvidence, cid, "{\"value\":1.0}"));
        ok(api.send("POST", g + "/rounds/" + round + "/close", bea, null));
        // An ACH matrix with a rated cell.
        String hypothesis = created(api.send("POST", g + "/hypotheses", cid, "{\"text\":\"Alpha dreamt it\"}"));
        String item = created(
                api.send("POST", g + "/ach/items", cid, "{\"kind\":\"claim\",\"refId\":\"" + groupClaim + "\"}"));
        ok(api.send("PUT", g + "/ach/ratings/" + hypothesis + "/" + item, cid, "{\"rating\":\"II\"}"));
        // A mark for review on cid's evidence.
        created(api.send(
                "POST",
                g + "/reviews",
                bea,
                "{\"itemId\":\"" + groupEvidence + "\",\"reason\":\"unclear\",\"note\":\"Which noon?\"}"));
        // A token of bea's, which only a backup with passwords carries.
        created(api.send("POST", "/api/tokens", bea, "{\"name\":\"bea's script\"}"));
    }

    String firstId(String map, String kind) throws Exception {
        return api.send("GET", "/api/maps/" + map, admin, null)
                .json()
                .get(kind)
                .get(0)
                .get("id")
                .asString();
    }

    /** The id of the item of a map whose field has this value (a copy may renumber what it copies). */
    String idOf(String map, String kind, String field, String value) throws Exception {
        for (JsonNode item :
                api.send("GET", "/api/maps/" + map, admin, null).json().get(kind)) {
            if (value.equals(item.get(field).asString())) return item.get("id").asString();
        }
        throw new AssertionError("No " + kind + " with " + field + " " + value + " in " + map);
    }

    ApiCalls.Answer multipart(String authorization, Map<String, String> fields, String fileName, byte[] file)
            throws Exception {
        String boundary = "backup-it-boundary";
        var body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                            + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.sendBody(
                "POST",
                "/api/maps",
                authorization,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "Content-Type",
                "multipart/form-data; boundary=" + boundary);
    }

    static String created(ApiCalls.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    static void ok(ApiCalls.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 204);
    }

    static String shorten(String s) {
        return s == null ? "null" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    static String joined(Set<String> s) {
        return s.stream().collect(Collectors.joining(", "));
    }
}
