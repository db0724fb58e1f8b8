package org.disputatio.shell.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

/** Wires the API's common rules: strict JSON, the body limit, the /api catch-all and Tomcat's error valve. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    /**
     * JSON binding refuses what it used to coerce: a boolean or number where text is expected, text where
     * a number is, a fraction where a whole number is, null for a primitive, a property the request does
     * not have (most often a typo that would otherwise be silently dropped).
     */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(
                        LogicalType.Textual,
                        text -> text.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Integer,
                        number -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        number -> number.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        bool -> bool.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }

    /** Before security, so an oversized body is refused whoever sends it, and before anything reads it. */
    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(ApiProperties properties) {
        var registration = new FilterRegistrationBean<>(new ApiBodyLimit(
                properties.maxBodySize().toBytes(),
                properties.maxImportSize().toBytes(),
                properties.maxInterchangeSize().toBytes()));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Unknown paths under /api: without this, Vaadin's catch-all mapping answers them with the app's HTML
     * page and 200. It runs after the controllers' mapping, so a known path with the wrong method still
     * gets 405 from there.
     */
    @Bean
    SimpleUrlHandlerMapping apiNotFound() {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(404);
            response.setContentType(ProblemJson.MEDIA_TYPE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write(ProblemJson.body(
                            404,
                            "There is no " + request.getMethod() + " " + request.getRequestURI()
                                    + " in this API: check the path."));
        };
        var mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound, "/api", notFound));
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return mapping;
    }

    /** Tomcat's own error page is HTML with the server's version; ours is problem+json under /api. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        });
    }
}
