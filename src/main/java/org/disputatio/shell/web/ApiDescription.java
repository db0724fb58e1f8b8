package org.disputatio.shell.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.ServletContext;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's OpenAPI document (springdoc: {@code /v3/api-docs}, the Swagger UI at {@code /swagger-ui.html};
 * docs/adr/044-openapi.md): what the API is, how a script authenticates, the problem+json error body, and the
 * customizer that describes every operation's access and errors from the rules that produce them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String DESCRIPTION = """
            Disputatio's REST API: argument maps of essays (claims, arguments, attacks, sources, citations), their \
            evaluation and what-ifs, users' evidence, ratings, grades and contestations, authoring, the change log \
            and undo, seminar groups, moderation and rating rounds.

            **Reads** (`GET`) are open to anyone, except a seminar group's unpublished maps and the groups, \
            accounts and tokens (signed in). **Writes** need an account: send `Authorization: Bearer <token>` \
            (a personal token from *My account* or `POST /api/tokens`) or HTTP Basic credentials with every \
            request. The API is stateless and ignores the web interface's session cookie, so it has no CSRF token \
            either. Each operation's `x-disputatio-access` says `anonymous` or `account`.

            **Errors** are `application/problem+json` (RFC 9457): `title`, `status`, `detail`; a refused input \
            names its `field` and lists `errors`. Messages are English, or French with `Accept-Language: fr`.""";

    /** The version of the jar (its manifest), or "development" when run from the classes. */
    static String version() {
        String version = ApiDescription.class.getPackage().getImplementationVersion();
        return version != null ? version : "development";
    }

    @Bean
    OpenAPI apiDocument() {
        return new OpenAPI()
                .info(new Info().title("Disputatio API").version(version()).description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                ApiOperations.BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("dsp_…")
                                        .description("A personal API token (docs/adr/022-api-tokens-and-throttling"
                                                + ".md): created under My account or with POST /api/tokens, shown"
                                                + " once, acts with its owner's rights."))
                        .addSecuritySchemes(
                                ApiOperations.BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")
                                        .description("Username and password, sent with every request; each costs a"
                                                + " bcrypt check, so prefer a token for more than a few calls.")));
    }

    /** RFC 9457 as the API writes it, with the API's own members for refused input, versions and items. */
    static Schema<?> problemDetail() {
        Schema<?> refusal = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The refused field, dotted (anchor.exact)."))
                .addProperty("message", new StringSchema());
        var problem = new ObjectSchema()
                .description("An error, as RFC 9457 problem details (application/problem+json).")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Invalid input"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("What to do about it."))
                .addProperty("instance", new StringSchema().description("The request's path."))
                .addProperty("field", new StringSchema().description("400: the first refused field."))
                .addProperty("errors", new ArraySchema().items(refusal).description("400: every refused field."))
                .addProperty(
                        "currentVersion",
                        new IntegerSchema().description("409 on a stale version: the version to start from."))
                .addProperty("kind", new StringSchema().description("404: the kind of the unknown item."))
                .addProperty("id", new StringSchema().description("404: the unknown item's id."));
        problem.setRequired(List.of("title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }

    @Bean
    ApiOperations apiOperations(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            ObjectProvider<SecurityFilterChain> chains,
            ServletContext servletContext) {
        return new ApiOperations(
                mappings, new AnonymousAccess(chains.orderedStream().toList(), servletContext));
    }
}
