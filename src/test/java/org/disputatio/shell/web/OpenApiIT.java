package org.disputatio.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.IntegrationTest;
import org.disputatio.security.EndpointMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
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
        // Self-registration is anonymous, and its advice (SeminarProblems) answers 409, 410 and 429.
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
