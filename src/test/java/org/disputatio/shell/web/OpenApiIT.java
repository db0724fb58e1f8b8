package org.disputatio.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.IntegrationTest;
import org.disputatio.security.EndpointMatrix;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's OpenAPI document (issue 14 point 5, docs/adr/044-openapi.md), fetched anonymously as a client would:
 * it is valid OpenAPI, it has every /api request mapping Spring knows, and each operation says who may call it and
 * how it fails (problem+json); the Swagger UI page loads.
 */
@IntegrationTest
class OpenApiIT {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String document;
    OpenAPI api;

    @BeforeEach
    void fetch() throws IOException, InterruptedException {
        var response = get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        document = response.body();
        // Kept for reading: the document the tests saw.
        Files.writeString(Path.of("target/openapi.json"), document);
        var options = new ParseOptions();
        options.setResolve(false);
        var parsed = new OpenAPIV3Parser().readContents(document, null, options);
        assertThat(parsed.getMessages()).as("swagger-parser's findings").isEmpty();
        api = parsed.getOpenAPI();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Operation operation(String method, String path) {
        PathItem item = api.getPaths().get(path);
        assertThat(item).as(path).isNotNull();
        Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
        assertThat(operation).as(method + " " + path).isNotNull();
        return operation;
    }

    @Test
    void document_isValidOpenApi31_withTheApisInfoAndSchemes() {
        assertThat(api.getOpenapi()).isEqualTo("3.1.0");
        assertThat(api.getInfo().getTitle()).isEqualTo("Disputatio API");
        assertThat(api.getInfo().getVersion()).isNotBlank();
        assertThat(api.getInfo().getDescription()).contains("application/problem+json", "Authorization: Bearer");
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearerToken", "basicAuth");
        assertThat(api.getComponents().getSecuritySchemes().get("bearerToken").getScheme())
                .isEqualTo("bearer");
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
        // Only the API: neither Vaadin's pages nor the actuator.
        assertThat(api.getPaths().keySet()).allMatch(path -> path.startsWith("/api/"));
    }

    @Test
    void everyRequestMappingUnderApi_isInTheDocument() {
        Set<String> endpoints = EndpointMatrix.apiEndpoints(mappings);
        assertThat(endpoints).hasSizeGreaterThan(80).noneMatch(e -> e.startsWith("ANY "));
        Set<String> missing = new TreeSet<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            PathItem item = api.getPaths().get(path);
            if (item == null || item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method)) == null) {
                missing.add(endpoint);
            }
        }
        assertThat(missing).as("request mappings missing from /v3/api-docs").isEmpty();
    }

    @Test
    void everyOperation_saysWhoMayCallIt_andHowItFails_asProblemJson() {
        List<String> faults = new ArrayList<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String name = method + " " + path;
                    Object access = operation.getExtensions() == null
                            ? null
                            : operation.getExtensions().get("x-disputatio-access");
                    List<SecurityRequirement> security = operation.getSecurity();
                    if (security == null || security.isEmpty()) {
                        faults.add(name + ": no security requirement");
                    } else if ("anonymous".equals(access) != security.contains(new SecurityRequirement())) {
                        faults.add(name + ": access " + access + " but security " + security);
                    } else if (!"anonymous".equals(access) && !"account".equals(access)) {
                        faults.add(name + ": no access marker");
                    }
                    var problems = operation.getResponses().entrySet().stream()
                            .filter(r ->
                                    r.getKey().startsWith("4") || r.getKey().startsWith("5"))
                            .filter(r -> r.getValue().getContent() != null
                                    && r.getValue().getContent().containsKey("application/problem+json"))
                            .map(Map.Entry::getKey)
                            .toList();
                    if (!problems.containsAll(List.of("400", "401", "503"))) {
                        faults.add(name + ": problem+json responses only for " + problems);
                    }
                    if (path.contains("{") && !problems.contains("404")) {
                        faults.add(name + ": no 404 for its path variables");
                    }
                }));
        assertThat(faults).isEmpty();
    }

    @Test
    void everyEndpointThatCreates_isDescribedWith201_not200() {
        // What the endpoints really answer: the authorization matrix's table, which has a row for every endpoint.
        Set<String> created = EndpointMatrix.createdEndpoints();
        assertThat(created).contains("POST /api/groups", "POST /api/maps/import", "POST /api/maps/{mapId}/evidence");
        List<String> faults = new ArrayList<>();
        for (String endpoint : created) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            var responses = operation(method, endpoint.substring(endpoint.indexOf(' ') + 1))
                    .getResponses();
            if (!responses.containsKey("201") || responses.containsKey("200")) {
                faults.add(endpoint + ": " + responses.keySet());
            }
        }
        assertThat(faults).as("endpoints answering 201 but described otherwise").isEmpty();
    }

    @Test
    void accessAndStatuses_comeFromTheSecurityRulesAndTheAdvices() {
        // Reads are open; the groups, tokens and accounts are not, even to read (SecurityConfiguration).
        assertThat(operation("GET", "/api/maps").getExtensions()).containsEntry("x-disputatio-access", "anonymous");
        assertThat(operation("GET", "/api/maps").getSecurity()).contains(new SecurityRequirement());
        assertThat(operation("GET", "/api/tokens").getExtensions()).containsEntry("x-disputatio-access", "account");
        assertThat(operation("GET", "/api/groups").getExtensions()).containsEntry("x-disputatio-access", "account");
        assertThat(operation("POST", "/api/maps/{mapId}/claims").getSecurity())
                .containsExactly(
                        new SecurityRequirement().addList("bearerToken"),
                        new SecurityRequirement().addList("basicAuth"));
        // Self-registration is anonymous, and declares its 404, 409, 410 and 429 (@Refuses).
        var registration = operation("POST", "/api/accounts/registrations");
        assertThat(registration.getExtensions()).containsEntry("x-disputatio-access", "anonymous");
        assertThat(registration.getResponses()).containsKeys("400", "403", "404", "409", "410", "413", "415", "429");
        // A versioned edit can be stale (409); a body can be too large or of another type.
        assertThat(operation("PUT", "/api/maps/{mapId}/evidence/{id}").getResponses())
                .containsKeys("400", "401", "403", "404", "409", "413", "415", "429", "503");
        // Reads have no write refusals.
        assertThat(operation("GET", "/api/maps/{id}").getResponses()).doesNotContainKeys("403", "413", "415");
        // A new map from a file: the annotated 422 keeps its text and gets the problem body.
        assertThat(operation("POST", "/api/maps").getResponses()).containsKeys("201", "413", "415", "422");
        var newMap = operation("POST", "/api/maps").getResponses().get("422");
        assertThat(newMap.getDescription()).startsWith("The text cannot be read");
        assertThat(newMap.getContent()).containsKey("application/problem+json");
        // The request and response bodies are the records' schemas.
        assertThat(operation("POST", "/api/tokens")
                        .getRequestBody()
                        .getContent()
                        .get("application/json"))
                .isNotNull();
    }

    @Test
    void everyOperation_hasAOneLineSummary_andTheTagOfItsModule() {
        List<String> faults = new ArrayList<>();
        Set<String> tags = new TreeSet<>();
        operations().forEach((name, operation) -> {
            String summary = operation.getSummary();
            if (summary == null || summary.isBlank() || summary.contains("\n") || summary.length() > 100) {
                faults.add(name + ": summary " + summary);
            }
            if (operation.getTags() == null || operation.getTags().size() != 1) {
                faults.add(name + ": tags " + operation.getTags());
            } else {
                tags.add(operation.getTags().getFirst());
            }
        });
        assertThat(faults).isEmpty();
        // The feature modules (ModularityTest), not springdoc's one tag per controller class.
        assertThat(tags)
                .allMatch(tag -> tag.matches("[a-z]+"))
                .contains(
                        "authoring",
                        "backup",
                        "evaluation",
                        "evidence",
                        "history",
                        "interchange",
                        "maps",
                        "security",
                        "seminars",
                        "workspace");
        assertThat(operation("GET", "/api/maps/{mapId}/evaluation").getSummary())
                .isEqualTo("Evaluate a map: every claim's strength and label, optionally under a what-if");
        assertThat(operation("POST", "/api/groups/{groupId}/maps").getTags()).containsExactly("seminars");
        assertThat(operation("GET", "/api/maps/{mapId}/report.pdf").getTags()).containsExactly("workspace");
    }

    @Test
    void noSuccessfulJsonAnswer_isAFreeFormObject() {
        List<String> faults = new ArrayList<>();
        operations()
                .forEach((name, operation) -> operation.getResponses().forEach((code, response) -> {
                    if (!code.startsWith("2") || response.getContent() == null) {
                        return;
                    }
                    response.getContent().forEach((type, media) -> {
                        if (type.equals("*/*")) {
                            faults.add(name + " " + code + ": answers */*");
                        } else if (type.contains("json") && !BINARY.contains(name) && freeForm(media.getSchema())) {
                            faults.add(name + " " + code + " " + type + ": " + media.getSchema());
                        }
                    });
                }));
        assertThat(faults).as("2xx JSON answers without a schema").isEmpty();
        // The interfaces the issues fix, now with their fields.
        assertThat(schemaOf("POST", "/api/maps/import", "201").get$ref()).endsWith("/ImportedJson");
        assertThat(api.getComponents().getSchemas().get("ImportedJson").getProperties())
                .containsOnlyKeys("id", "report");
        assertThat(schemaOf("GET", "/api/maps/{mapId}/changes", "200").get$ref())
                .endsWith("/Page");
        assertThat(api.getComponents().getSchemas().get("Page").getProperties()).containsOnlyKeys("changes", "last");
        assertThat(schemaOf("GET", "/api/maps/{mapId}/evaluation", "200").get$ref())
                .endsWith("/EvaluationJson");
        assertThat(schemaOf("POST", "/api/maps", "201").get$ref()).endsWith("/NewMap");
        assertThat(schemaOf("GET", "/api/groups/{groupId}/activity", "200").get$ref())
                .endsWith("/Activity");
    }

    /** Answers that are files: their media types, each a binary string. */
    static final Map<String, List<String>> FILES = Map.of(
            "GET /api/maps/{mapId}/report.pdf", List.of("application/pdf"),
            "GET /api/maps/{mapId}/claims.csv", List.of("text/csv"),
            "GET /api/maps/{mapId}/sources.csv", List.of("text/csv"),
            "GET /api/maps/{mapId}/rounds/{roundId}/ratings.csv", List.of("text/csv"),
            "GET /api/maps/{id}/export", List.of("application/json", "text/x-argdown"),
            "GET /api/backup", List.of("application/json"),
            "GET /api/maps/{id}/original",
                    List.of(
                            "text/plain",
                            "text/markdown",
                            "text/html",
                            "application/pdf",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));

    static final Set<String> BINARY = FILES.keySet();

    @Test
    void filesAreDescribed_withTheirMediaTypes_asBinary() {
        List<String> faults = new ArrayList<>();
        FILES.forEach((endpoint, types) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            var content = operation(method, endpoint.substring(endpoint.indexOf(' ') + 1))
                    .getResponses()
                    .get("200")
                    .getContent();
            if (content == null || !content.keySet().equals(new java.util.LinkedHashSet<>(types))) {
                faults.add(endpoint + ": media types " + (content == null ? null : content.keySet()));
                return;
            }
            content.forEach((type, media) -> {
                Schema<?> schema = media.getSchema();
                if (schema == null || !types(schema).contains("string") || !"binary".equals(schema.getFormat())) {
                    faults.add(endpoint + " " + type + ": " + schema);
                }
            });
        });
        assertThat(faults).isEmpty();
    }

    @Test
    void readsAnsweringOnlyTheirCallersRights_listNoWriteStatuses() {
        // Reads whose every caller in the matrices gets 200, 401, 403 or 404: none can be stale, too large or
        // unusable, whatever their controller's advice answers for its writes.
        Set<String> reads = new TreeSet<>();
        EndpointMatrix.answeredStatuses().forEach((endpoint, statuses) -> {
            if (endpoint.startsWith("GET ") && Set.of(200, 401, 403, 404).containsAll(statuses)) {
                reads.add(endpoint);
            }
        });
        assertThat(reads)
                .hasSizeGreaterThan(30)
                .contains(
                        "GET /api/maps/{mapId}/hypotheses",
                        "GET /api/groups/{groupId}/members",
                        "GET /api/maps/{mapId}/rounds/{roundId}",
                        "GET /api/tokens",
                        "GET /api/maps/{mapId}/claims/{claimId}");
        List<String> faults = new ArrayList<>();
        for (String endpoint : reads) {
            var responses = operation("GET", endpoint.substring(4)).getResponses();
            var written = new TreeSet<>(responses.keySet());
            written.retainAll(Set.of("409", "410", "413", "415", "422"));
            if (!written.isEmpty()) {
                faults.add(endpoint + ": " + written);
            }
        }
        assertThat(faults).as("reads described with statuses they never answer").isEmpty();
        // A read refused by a feature's rule says so; an admins-only path says so from its URL rule.
        assertThat(operation("GET", "/api/groups/{groupId}/invitations").getResponses())
                .containsKey("403");
        assertThat(operation("GET", "/api/backup").getResponses()).containsKey("403");
        // A declared refusal keeps the read's success beside it.
        assertThat(operation("GET", "/api/accounts").getResponses()).containsKeys("200", "403");
        assertThat(operation("GET", "/api/maps/{mapId}/claims/{claimId}").getResponses())
                .doesNotContainKeys("403", "409");
        // A round's ratings are not for download while it is open.
        assertThat(operation("GET", "/api/maps/{mapId}/rounds/{roundId}/ratings.csv")
                        .getResponses())
                .containsKey("409");
    }

    @Test
    void everyStatusTheMatricesSee_isDescribed() {
        List<String> faults = new ArrayList<>();
        EndpointMatrix.answeredStatuses().forEach((endpoint, statuses) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            var responses = operation(method, endpoint.substring(endpoint.indexOf(' ') + 1))
                    .getResponses();
            statuses.stream()
                    .filter(status -> !responses.containsKey(Integer.toString(status)))
                    .forEach(status -> faults.add(endpoint + ": " + status));
        });
        assertThat(faults)
                .as("statuses answered in the matrices but not described")
                .isEmpty();
    }

    /**
     * What write operations of every module that writes answer, exactly (ADR 044, amendment api14b): 400, 401, 429
     * and 503 for every request; 403 for a write; 404 with a path variable; 413 and 415 with a body; 409 with a
     * version; and what the data decides, declared on the handler. The comment says where each extra comes from.
     */
    static final String WRITE_STATUSES = """
            # authoring
            POST   /api/maps                                                   | 400 401 403 413 415 422 429 503
            PUT    /api/maps/{id}                                              | 400 401 403 404 409 413 415 429 503
            PUT    /api/maps/{mapId}/claims/{claimId}                          | 400 401 403 404 409 413 415 429 503
            DELETE /api/maps/{mapId}/claims/{claimId}                          | 400 401 403 404 409 429 503
            DELETE /api/maps/{mapId}/attacks/{attackId}                        | 400 401 403 404 429 503
            POST   /api/maps/{mapId}/claims/{claimId}/pros                     | 400 401 403 404 413 415 429 503
            # backup: a database that is not empty (409), JSON that is not a backup (422)
            POST   /api/restore                                                | 400 401 403 409 413 415 422 429 503
            # evidence: a contestation withdrawn twice (409)
            POST   /api/maps/{mapId}/claims                                    | 400 401 403 404 413 415 429 503
            PUT    /api/maps/{mapId}/evidence/{id}                             | 400 401 403 404 409 413 415 429 503
            PUT    /api/maps/{mapId}/sources/{id}/grade                        | 400 401 403 404 413 415 429 503
            POST   /api/maps/{mapId}/sources/{sourceId}/contestations/{id}/withdrawal | 400 401 403 404 409 429 503
            # history: a change that can no longer be undone (409)
            POST   /api/maps/{mapId}/changes/{seq}/undo                        | 400 401 403 404 409 429 503
            # interchange: a file that does not hold together (422)
            POST   /api/maps/import                                            | 400 401 403 413 415 422 429 503
            # security: a username taken (409)
            POST   /api/tokens                                                 | 400 401 403 413 415 429 503
            DELETE /api/tokens/{id}                                            | 400 401 403 404 429 503
            POST   /api/accounts                                               | 400 401 403 409 413 415 429 503
            # seminars: an unknown invitation (404 without a path variable), an expired one (410), the last owner (409),
            # a closed round (409), a mark already decided (409), a row already in the matrix (409)
            POST   /api/accounts/registrations                                 | 400 401 403 404 409 410 413 415 429 503
            POST   /api/groups                                                 | 400 401 403 413 415 429 503
            DELETE /api/groups/{groupId}/members/{username}                    | 400 401 403 404 409 429 503
            POST   /api/invitations/{code}/accept                              | 400 401 403 404 410 429 503
            PUT    /api/groups/{groupId}/maps/{mapId}                          | 400 401 403 404 413 415 429 503
            PUT    /api/maps/{mapId}/rounds/{roundId}/ratings/{itemId}         | 400 401 403 404 409 413 415 429 503
            POST   /api/maps/{mapId}/reviews                                   | 400 401 403 404 413 415 429 503
            POST   /api/maps/{mapId}/reviews/{reviewId}/hide                   | 400 401 403 404 409 429 503
            POST   /api/maps/{mapId}/ach/items                                 | 400 401 403 404 409 413 415 429 503
            DELETE /api/maps/{mapId}/hypotheses/{hypothesisId}                 | 400 401 403 404 429 503
            """;

    @Test
    void writes_listExactlyTheErrorsTheyAnswer() {
        Map<String, Set<String>> expected = new java.util.TreeMap<>();
        WRITE_STATUSES
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\|"))
                .forEach(cells -> expected.put(
                        cells[0].strip().replaceAll("\\s+", " "),
                        new TreeSet<>(List.of(cells[1].strip().split("\\s+")))));
        Set<String> modules = new TreeSet<>();
        Map<String, Set<String>> documented = new java.util.TreeMap<>();
        expected.keySet().forEach(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            var operation = operation(method, endpoint.substring(endpoint.indexOf(' ') + 1));
            modules.add(operation.getTags().getFirst());
            Set<String> errors = new TreeSet<>(operation.getResponses().keySet());
            errors.removeIf(code -> !code.matches("[45]\\d\\d"));
            documented.put(endpoint, errors);
        });
        assertThat(expected).hasSizeGreaterThanOrEqualTo(15);
        // Every module that has writes.
        assertThat(modules)
                .containsExactly("authoring", "backup", "evidence", "history", "interchange", "security", "seminars");
        assertThat(documented).isEqualTo(expected);
        // A declared refusal says when it happens.
        assertThat(operation("POST", "/api/maps/{mapId}/rounds/{roundId}/close")
                        .getResponses()
                        .get("409")
                        .getDescription())
                .isEqualTo("Conflict: the round is closed already.");
        assertThat(operation("PUT", "/api/maps/{mapId}/claims/{claimId}")
                        .getResponses()
                        .get("409")
                        .getDescription())
                .startsWith("Conflict: a stale version");
    }

    @Test
    void everyStatusAnAdviceAnswers_isListedOnAnOperationItServes() {
        // The other way round from the exact table: a refusal an advice exists for, that no operation it serves
        // declares, is one the description forgot.
        var advices = new AdviceStatuses(context);
        Map<String, Set<Integer>> listed = new java.util.TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                PathItem item = api.getPaths().get(pattern);
                if (item == null) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    var operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
                    advices.byAdvice().keySet().stream()
                            .filter(advice -> advices.serves(advice, handler.getBeanType()))
                            .forEach(advice -> operation.getResponses().keySet().stream()
                                    .filter(code -> code.matches("\\d+"))
                                    .forEach(code -> listed.computeIfAbsent(advice, a -> new TreeSet<>())
                                            .add(Integer.parseInt(code))));
                }
            }
        });
        List<String> faults = new ArrayList<>();
        advices.byAdvice()
                .forEach((advice, statuses) -> statuses.stream()
                        .filter(status -> !listed.getOrDefault(advice, Set.of()).contains(status))
                        .forEach(status -> faults.add(advice + ": " + status)));
        assertThat(advices.byAdvice()).containsKeys("BackupProblems", "SeminarProblems", "RoundsProblems");
        assertThat(faults)
                .as("statuses an advice answers that no operation it serves lists")
                .isEmpty();
    }

    @Test
    void everyOperationThatReadsABody_describesIt_withItsMediaTypes() {
        Map<String, Set<String>> bodies = new java.util.TreeMap<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean body = !info.getConsumesCondition().isEmpty()
                    || Arrays.stream(handler.getMethodParameters())
                            .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                                    || MultipartFile.class.isAssignableFrom(p.getParameterType())
                                    // The raw body, read as a stream (a restore, an import's file).
                                    || HttpServletRequest.class.isAssignableFrom(p.getParameterType())
                                    || InputStream.class.isAssignableFrom(p.getParameterType()));
            if (!body) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                info.getMethodsCondition()
                        .getMethods()
                        .forEach(method -> bodies.computeIfAbsent(method + " " + pattern, e -> new TreeSet<>()));
            }
        });
        assertThat(bodies).containsKeys("POST /api/restore", "POST /api/maps/import", "POST /api/maps");
        List<String> faults = new ArrayList<>();
        bodies.keySet().forEach(endpoint -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            var body = operation(method, endpoint.substring(endpoint.indexOf(' ') + 1))
                    .getRequestBody();
            if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
                faults.add(endpoint + ": no request body");
                return;
            }
            body.getContent().forEach((type, media) -> {
                if (type.equals("*/*") || media.getSchema() == null) {
                    faults.add(endpoint + ": " + type + " " + media.getSchema());
                }
            });
        });
        assertThat(faults).as("bodies read but not described").isEmpty();
        // A restore reads a backup file, described by its published JSON Schema (ADR 043).
        var restore = operation("POST", "/api/restore").getRequestBody();
        assertThat(restore.getRequired()).isTrue();
        assertThat(restore.getContent()).containsOnlyKeys("application/json");
        assertThat(restore.getContent().get("application/json").getSchema().get$ref())
                .isEqualTo("/schemas/disputatio-backup-1.schema.json");
        // An import is a file: uploaded as a form, or sent as the body in its own format.
        assertThat(operation("POST", "/api/maps/import").getRequestBody().getContent())
                .containsOnlyKeys("multipart/form-data", "application/json", "text/x-argdown", "text/plain");
        assertThat(operation("POST", "/api/maps").getRequestBody().getContent())
                .containsOnlyKeys("multipart/form-data", "application/json");
    }

    @Test
    void theBackupSchemaARestoreRefersTo_isServed() throws IOException, InterruptedException {
        var schema = get("/schemas/disputatio-backup-1.schema.json");
        assertThat(schema.statusCode()).isEqualTo(200);
        assertThat(schema.body()).contains("\"title\": \"Disputatio backup, version 1\"");
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    private Schema<?> schemaOf(String method, String path, String status) {
        return operation(method, path)
                .getResponses()
                .get(status)
                .getContent()
                .get("application/json")
                .getSchema();
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new TreeSet<>();
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        return types;
    }

    /** No reference, no fields, no items, no values' schema: an object that says nothing of its shape. */
    private static boolean freeForm(@Nullable Schema<?> schema) {
        if (schema == null) {
            return true;
        }
        if (schema.get$ref() != null || schema.getItems() != null) {
            return false;
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && !types.contains("object")) {
            return false;
        }
        boolean fields =
                schema.getProperties() != null && !schema.getProperties().isEmpty();
        // A map's values must have a schema of their own: {"additionalProperties": {}} says nothing either.
        boolean values = schema.getAdditionalProperties() instanceof Schema<?> value
                && (value.get$ref() != null || !types(value).isEmpty());
        return !fields && !values;
    }

    @Test
    void swaggerUi_loadsAnonymously_outsideVaadin() throws IOException, InterruptedException {
        var redirect = get("/swagger-ui.html");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        var page = get("/swagger-ui/index.html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("vaadin");
        var config = get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
        assertThat(get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
        var yaml = get("/v3/api-docs.yaml");
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1.0");
    }
}
