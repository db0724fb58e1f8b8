package org.disputatio.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disputatio.DisputatioApplication;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole app started for a benchmark: on a free loopback port, with its data in a temporary directory that
 * {@link #close()} deletes, plus the users a benchmark signs in with. Shared by the benchmark runners so each
 * starts the app and signs its users in the same way.
 */
public final class BenchApp implements AutoCloseable {

    /** The admin's and every benchmark user's password. */
    public static final String PASSWORD = "bench-password-123";

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private final Path dataDir;
    private final ConfigurableApplicationContext context;
    private final HttpClient http = client();

    private BenchApp(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
    }

    /**
     * Starts the app with an embedded Neo4j in a fresh temporary directory, unless {@code settings} name an
     * external one ({@code --disputatio.neo4j.uri=…}); {@code settings} are further command-line arguments.
     */
    public static BenchApp start(List<String> settings, @Nullable ApplicationContextInitializer<?> initializer)
            throws IOException {
        Path dataDir = Files.createTempDirectory("disputatio-bench-");
        var app = new SpringApplication(DisputatioApplication.class);
        if (initializer != null) {
            app.addInitializers(initializer);
        }
        // Command-line arguments, because application.properties would win over default properties.
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--disputatio.data-dir=" + dataDir,
                "--disputatio.admin-password=" + PASSWORD,
                "--logging.level.root=warn",
                "--logging.level.org.disputatio=info"));
        args.addAll(settings);
        long started = System.nanoTime();
        try {
            var context = app.run(args.toArray(String[]::new));
            System.out.printf("App ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return new BenchApp(dataDir, context);
        } catch (RuntimeException e) {
            delete(dataDir);
            throw e;
        }
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** {@code http://127.0.0.1:port}. */
    public String root() {
        return "http://127.0.0.1:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Creates {@code count} accounts named {@code prefix-0…} and returns the {@code Authorization} header each
     * sends: a personal API token created with one HTTP Basic call, as a script signs in once (the default), or
     * HTTP Basic itself when {@code bearer} is false (a bcrypt check on every request).
     */
    public List<String> users(String prefix, int count, boolean bearer) throws IOException, InterruptedException {
        var accounts = bean(AccountService.class);
        List<String> credentials = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            String user = prefix + "-" + u;
            accounts.createAccount(user, PASSWORD, Set.of());
            credentials.add(bearer ? "Bearer " + token(user) : basic(user));
        }
        return credentials;
    }

    /** The admin's Bearer header value (one token, created with one HTTP Basic call). */
    public String admin() throws IOException, InterruptedException {
        return "Bearer " + token("admin");
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private String token(String user) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(root() + "/api/tokens"))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}"))
                .build();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        var matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException(
                    "Token for " + user + " not created: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    /** An HTTP/1.1 client over loopback that never follows redirects, as the benchmarks use. */
    public static HttpClient client() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The 1-minute load average, to say how busy the shared machine was. */
    public static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            delete(dataDir);
        }
    }

    public static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
