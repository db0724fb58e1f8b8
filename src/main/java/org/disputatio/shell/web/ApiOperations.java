package org.disputatio.shell.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every operation of the API shares, added to the OpenAPI document from the rules that produce it rather
 * than written on each controller, so that a new endpoint is described as soon as it is mapped: who may call it
 * (asked of the security filter chains), and its error responses as problem+json, from the layers every request
 * crosses (Tomcat, the body limit, sign-in and its throttle, the cross-site write check, strict JSON, load
 * shedding), from the operation's shape (a path variable, a body, a version), and from what its handler declares
 * the data may refuse ({@link Refuses}). A status an annotation already describes keeps its text and gets the
 * problem+json body if it lacks one.
 */
final class ApiOperations implements OpenApiCustomizer {

    static final String BEARER = "bearerToken";
    static final String BASIC = "basicAuth";
    static final String PROBLEM = "ProblemDetail";
    /** Marks each operation "anonymous" (no credential needed) or "account" (signed in). */
    static final String ACCESS = "x-disputatio-access";

    private static final String MODULES = "org.disputatio.";

    private final RequestMappingHandlerMapping mappings;
    private final AnonymousAccess access;

    ApiOperations(RequestMappingHandlerMapping mappings, AnonymousAccess access) {
        this.mappings = mappings;
        this.access = access;
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        // Here rather than on the document bean: springdoc computes the components' schemas anew from the models.
        api.getComponents().addSchemas(PROBLEM, ApiDescription.problemDetail());
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                PathItem item = api.getPaths().get(pattern);
                if (item == null) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
                    if (operation != null) {
                        describe(operation, method, pattern, handler);
                    }
                }
            }
        });
    }

    private void describe(Operation operation, RequestMethod method, String pattern, HandlerMethod handler) {
        boolean anonymous = access.allowed(method.name(), pattern);
        operation.addExtension(ACCESS, anonymous ? "anonymous" : "account");
        List<SecurityRequirement> security = new ArrayList<>();
        if (anonymous) {
            // The empty requirement: credentials are optional; a wrong one is still refused (401).
            security.add(new SecurityRequirement());
        }
        security.add(new SecurityRequirement().addList(BEARER));
        security.add(new SecurityRequirement().addList(BASIC));
        operation.setSecurity(security);

        operation.setTags(List.of(module(handler.getBeanType())));

        Set<Integer> statuses = new TreeSet<>(List.of(400, 401, 429, 503));
        boolean read = method == RequestMethod.GET || method == RequestMethod.HEAD;
        if (!read || !access.allowedToAnAccount(method.name(), pattern)) {
            // A write's rights and cross-site check; a read only when its URL rule wants more than an account.
            statuses.add(403);
        }
        if (pattern.contains("{")) {
            statuses.add(404);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        if (versioned(operation, handler)) {
            statuses.add(409);
        }
        // What the data decides (a closed round, a name taken) is declared on the handler: a controller's advice
        // serves all its handlers, so what it can answer says nothing of what one of them answers (ADR 044).
        Map<Integer, String> refused = new TreeMap<>();
        for (Refuses refusal : AnnotatedElementUtils.findMergedRepeatableAnnotations(
                handler.getMethod(), Refuses.class, Refuses.List.class)) {
            refused.merge(refusal.value().value(), refusal.when(), (a, b) -> a + "; or " + b);
        }
        Set<Integer> derived = Set.copyOf(statuses);
        statuses.addAll(refused.keySet());

        ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
        // An error an annotation declares is problem+json too, whatever springdoc guessed from the handler.
        responses.keySet().stream()
                .filter(code -> code.matches("[45]\\d\\d"))
                .forEach(code -> statuses.add(Integer.parseInt(code)));
        for (int status : statuses) {
            if (status < 400) {
                continue;
            }
            ApiResponse response = responses.get(Integer.toString(status));
            if (response == null) {
                response = new ApiResponse()
                        .description(description(status, anonymous, derived.contains(status), refused.get(status)));
                responses.addApiResponse(Integer.toString(status), response);
            }
            if (response.getContent() == null || !response.getContent().containsKey(ProblemJson.MEDIA_TYPE)) {
                // Replaces springdoc's guess (the success body's schema): an error's body is always a problem.
                response.setContent(new Content()
                        .addMediaType(
                                ProblemJson.MEDIA_TYPE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        }
        operation.setResponses(responses);
    }

    /**
     * The tag of the feature module the controller belongs to (the package below {@code org.disputatio}, as Spring
     * Modulith counts modules): a client finds the operations grouped as the code and the ADRs are.
     */
    static String module(Class<?> controller) {
        String name = controller.getPackageName();
        if (!name.startsWith(MODULES)) {
            return name;
        }
        String rest = name.substring(MODULES.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Whether the caller says which version it changes: a stale one is refused with 409. */
    private static boolean versioned(Operation operation, HandlerMethod handler) {
        List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters() : List.of();
        if (parameters.stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()) || "expectedVersion".equals(p.getName()))) {
            return true;
        }
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .map(p -> p.getParameterType().getRecordComponents())
                .filter(components -> components != null)
                .flatMap(Arrays::stream)
                .map(RecordComponent::getName)
                .anyMatch("expectedVersion"::equals);
    }

    /** The usual meaning of a status, or the declared one, or both when the rules and a declaration give it. */
    private static String description(int status, boolean anonymous, boolean derived, @Nullable String refused) {
        if (refused == null) {
            return description(status, anonymous);
        }
        return derived
                ? description(status, anonymous) + " Here also when " + refused + "."
                : ProblemJson.title(status) + ": " + refused + ".";
    }

    private static String description(int status, boolean anonymous) {
        return switch (status) {
            case 400 ->
                "Invalid input: `field` names the first refused field and `errors` lists them all; also"
                        + " malformed JSON, wrong types, bad parameters and ids the server refuses.";
            case 401 ->
                anonymous
                        ? "The credentials sent are wrong (no credential is needed here)."
                        : "Sign in first: send a Bearer token or HTTP Basic credentials (`WWW-Authenticate: Bearer`).";
            case 403 -> "Not allowed: the account lacks the right, or a browser sent the write from another site.";
            case 404 -> "Not found: an unknown or deleted item, or a seminar group's map the caller may not read.";
            case 409 -> "Conflict: a stale version (the body's `currentVersion` is the one to start from).";
            case 413 ->
                "The body is larger than the limit (`disputatio.api.max-body-size`, or"
                        + " `disputatio.api.max-import-size` for imports).";
            case 415 -> "The body's content type is not one this operation reads.";
            case 422 -> "The content was read but cannot be used (an unreadable, empty or encrypted file).";
            case 429 -> "Too many failed sign-ins from this account or address: wait `Retry-After` seconds.";
            case 503 ->
                "Overloaded: the database is busy or out of reach, or (a write of a map) every write slot of this"
                        + " instance stayed taken; nothing was done: send the request again after `Retry-After`"
                        + " seconds.";
            default -> ProblemJson.advice(status);
        };
    }
}
