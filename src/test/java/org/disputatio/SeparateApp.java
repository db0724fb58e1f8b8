package org.disputatio;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disputatio.security.ApiClient;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The whole app in this JVM but apart from the shared test context ({@link IntegrationTest}), for a test that
 * needs settings the shared one must not have (a pool of one connection, one write admitted at a time): its
 * own embedded Neo4j in a fresh directory under target/, a free loopback port, no shipped map. Each Vaadin app
 * replaces Spring Security's global context-holder strategy when it starts; {@link #close()} puts back the one
 * that was there, or the shared context's signed-in test users become invisible to Vaadin. Each app also writes
 * its name (and log settings) into Logback's one context of the JVM; {@link #close()} puts those back too, or the
 * shared context's later lines are logged under this app's name.
 */
public final class SeparateApp implements AutoCloseable {

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final ConfigurableApplicationContext context;
    private final SecurityContextHolderStrategy sharedStrategy;
    private final Map<String, String> sharedLogging;
    private final String adminPassword;

    private SeparateApp(
            ConfigurableApplicationContext context,
            SecurityContextHolderStrategy sharedStrategy,
            Map<String, String> sharedLogging,
            String adminPassword) {
        this.context = context;
        this.sharedStrategy = sharedStrategy;
        this.sharedLogging = sharedLogging;
        this.adminPassword = adminPassword;
    }

    private static LoggerContext logging() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    private static void restore(SecurityContextHolderStrategy strategy, Map<String, String> loggingProperties) {
        SecurityContextHolder.setContextHolderStrategy(strategy);
        loggingProperties.forEach(logging()::putProperty);
    }

    /**
     * Starts the app named {@code disputatio-<name>}, its data in target/{@code <name>}-it…, with
     * {@code settings} as further command-line arguments ({@code --key=value}): they outrank
     * application.properties, which the builder's default properties would not.
     */
    public static SeparateApp start(String name, String adminPassword, String... settings) throws IOException {
        var sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        var sharedLogging = logging().getCopyOfPropertyMap();
        Path dataDir = Files.createTempDirectory(Path.of("target"), name + "-it");
        var arguments = new ArrayList<>(List.of(
                "--spring.application.name=disputatio-" + name,
                "--disputatio.data-dir=" + dataDir,
                "--disputatio.admin-password=" + adminPassword,
                "--disputatio.import.shipped-maps=false",
                "--server.port=0",
                "--server.address=127.0.0.1"));
        arguments.addAll(List.of(settings));
        try {
            var context =
                    new SpringApplicationBuilder(DisputatioApplication.class).run(arguments.toArray(String[]::new));
            return new SeparateApp(context, sharedStrategy, sharedLogging, adminPassword);
        } catch (RuntimeException e) {
            restore(sharedStrategy, sharedLogging);
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A client of this app's API. */
    public ApiClient api() {
        return new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** A new API token of the admin's, created over HTTP with the password, as a Bearer authorization. */
    public String adminBearer(String tokenName) throws Exception {
        var created = api().send(
                        "POST",
                        "/api/tokens",
                        ApiClient.basic("admin", adminPassword),
                        "{\"name\":\"" + tokenName + "\"}");
        assertThat(created.status()).isEqualTo(201);
        var matcher = TOKEN.matcher(created.raw().body());
        assertThat(matcher.find()).isTrue();
        return ApiClient.bearer(matcher.group(1));
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            restore(sharedStrategy, sharedLogging);
        }
    }
}
