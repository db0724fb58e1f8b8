package org.disputatio.evidence;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.disputatio.DisputatioApplication;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

/**
 * The rating action under concurrent users (issue 5, point 7). Starts the whole app on a random loopback
 * port with an embedded Neo4j in a temporary directory, creates a map with 20 items of evidence and the
 * users, and lets each user, on its own virtual thread, send rating PUTs over HTTP as fast as it gets
 * answers (closed loop, no think time): first a warm-up round that is not recorded, then the measured
 * round. Bounded by a request count per user and a time limit.
 *
 * <p>Authentication: by default each user creates a personal API token once (one HTTP Basic call) and
 * sends it as {@code Authorization: Bearer} with every rating, as a script should (the API ignores the
 * browser's session cookie, ADR 021); {@code -Dbench.auth=basic} sends HTTP Basic on every request
 * instead, which checks the bcrypt hash each time.
 *
 * <p>Clocks: two servlet filters registered for the run only. One wraps Spring Security ("whole
 * request"), one runs inside it ("rating action": controller, validation, the Neo4j write transaction,
 * the spread read back and the JSON). The client's round trip is reported too.
 *
 * <p>Run: {@code ./mvnw -q -Pbench-load test-compile exec:exec} (options: {@code -Dbench.users=50
 * -Dbench.requests=40 -Dbench.warmup=5 -Dbench.maxSeconds=180 -Dbench.auth=token|basic}). Not part of
 * {@code ./mvnw verify}.
 */
public final class RatingLoadBenchmark {

    private static final String PASSWORD = "bench-password-123";
    private static final MapId MAP = new MapId("rating-bench");
    private static final int EVIDENCE_ITEMS = 20;
    private static final boolean TOKEN = !"basic".equals(System.getProperty("bench.auth", "token"));

    /** Durations in nanoseconds, recorded while {@link #recording} is on. */
    static final ConcurrentLinkedQueue<Long> requestTimes = new ConcurrentLinkedQueue<>();

    static final ConcurrentLinkedQueue<Long> actionTimes = new ConcurrentLinkedQueue<>();
    static final AtomicBoolean recording = new AtomicBoolean();

    private RatingLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int requests = Integer.getInteger("bench.requests", 40);
        int warmup = Integer.getInteger("bench.warmup", 5);
        int maxSeconds = Integer.getInteger("bench.maxSeconds", 180);
        Path dataDir = Files.createTempDirectory("disputatio-bench-");
        var app = new SpringApplication(DisputatioApplication.class);
        // Command-line arguments, because application.properties would win over default properties.
        String[] settings = {
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--disputatio.data-dir=" + dataDir,
            "--disputatio.admin-password=" + PASSWORD,
            "--logging.level.root=warn",
            "--logging.level.org.disputatio=info"
        };
        app.addInitializers(context -> registerClocks((GenericApplicationContext) context));
        ConfigurableApplicationContext context = null;
        int exit = 0;
        try {
            long started = System.nanoTime();
            context = app.run(settings);
            System.out.printf("App ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            exit = run(context, users, requests, warmup, maxSeconds);
        } finally {
            if (context != null) {
                context.close();
            }
            delete(dataDir);
        }
        System.exit(exit);
    }

    private static int run(ConfigurableApplicationContext context, int users, int requests, int warmup, int maxSeconds)
            throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        var accounts = context.getBean(AccountService.class);
        var evidence = context.getBean(EvidenceService.class);
        context.getBean(MapCatalog.class).create(SampleMaps.twoVoices(MAP.value()));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < EVIDENCE_ITEMS; i++) {
            items.add(evidence.attach(
                            MAP,
                            new EvidenceDraft(
                                    "c" + (1 + i % 3), "s1", "p. " + i, "Quote " + i, null, Stance.FOR, null, null),
                            "admin")
                    .id());
        }
        List<String> names = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            names.add("bench-user-" + u);
            accounts.createAccount(names.getLast(), PASSWORD, Set.of());
        }

        String root = "http://127.0.0.1:" + port;
        var clients = new java.util.HashMap<String, HttpClient>();
        credentials.clear();
        for (String user : names) {
            var client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            credentials.put(user, TOKEN ? "Bearer " + token(client, root, user) : basic(user));
            clients.put(user, client);
        }
        var base = root + "/api/maps/" + MAP.value() + "/evidence/";
        var deadline = Instant.now().plusSeconds(maxSeconds);

        round(clients, base, names, items, warmup, deadline, new ConcurrentLinkedQueue<>(), new AtomicInteger());
        requestTimes.clear();
        actionTimes.clear();
        var clientTimes = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        recording.set(true);
        long start = System.nanoTime();
        round(clients, base, names, items, requests, deadline, clientTimes, failures);
        long elapsed = System.nanoTime() - start;
        recording.set(false);

        long rated = countRatings(context.getBean(Driver.class));
        System.out.println();
        System.out.println(
                "Authentication: " + (TOKEN ? "Bearer token created once per user" : "HTTP Basic on every request"));
        System.out.printf(
                "Users %d, measured requests %d (%d failed), %d per user, in %.1f s: %.1f requests/s%n",
                users,
                clientTimes.size(),
                failures.get(),
                requests,
                elapsed / 1e9,
                clientTimes.size() / (elapsed / 1e9));
        System.out.printf("Ratings stored: %d (at most one per user and item)%n", rated);
        System.out.println("| Clock | n | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---|---|---|---|---|");
        print("rating action (server, after authentication)", actionTimes);
        print(
                TOKEN
                        ? "whole request (server, incl. Spring Security)"
                        : "whole request (server, incl. HTTP Basic/bcrypt)",
                requestTimes);
        print("round trip (client)", clientTimes);
        return failures.get() == 0 ? 0 : 1;
    }

    /** Every user sends {@code count} ratings, one after the other, all users at once. */
    private static void round(
            Map<String, HttpClient> clients,
            String base,
            List<String> users,
            List<String> items,
            int count,
            Instant deadline,
            ConcurrentLinkedQueue<Long> times,
            AtomicInteger failures)
            throws InterruptedException {
        var done = new CountDownLatch(users.size());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String user : users) {
                threads.submit(() -> {
                    try {
                        var client = clients.get(user);
                        String auth = credentials.get(user);
                        var random = ThreadLocalRandom.current();
                        for (int i = 0; i < count && Instant.now().isBefore(deadline); i++) {
                            String item = items.get(random.nextInt(items.size()));
                            double value = random.nextInt(5) / 4.0;
                            var builder = HttpRequest.newBuilder(URI.create(base + item + "/rating"))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/json")
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":" + value + "}"));
                            builder.header("Authorization", auth);
                            var request = builder.build();
                            long t0 = System.nanoTime();
                            try {
                                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                                times.add(System.nanoTime() - t0);
                                if (response.statusCode() != 200) {
                                    failures.incrementAndGet();
                                    System.err.println(response.statusCode() + " " + response.body());
                                }
                            } catch (IOException e) {
                                failures.incrementAndGet();
                                System.err.println(e);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                    return null;
                });
            }
            done.await();
        }
    }

    /** Each user's Authorization header value. */
    static final java.util.Map<String, String> credentials = new java.util.concurrent.ConcurrentHashMap<>();

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Creates a personal API token with one Basic call, as a script does once; the password is not sent again. */
    private static String token(HttpClient client, String root, String user) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(root + "/api/tokens"))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"rating benchmark\"}"))
                .build();
        var response = client.send(request, HttpResponse.BodyHandlers.ofString());
        var matcher = java.util.regex.Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
                .matcher(response.body());
        if (response.statusCode() != 201 || !matcher.find()) {
            throw new IllegalStateException(
                    "Token for " + user + " not created: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    private static void registerClocks(GenericApplicationContext context) {
        context.registerBean(
                "benchRequestClock",
                FilterRegistrationBean.class,
                () -> clock(requestTimes, Ordered.HIGHEST_PRECEDENCE));
        // Spring Security's filter chain runs at order -100; this one runs inside it, after authentication.
        context.registerBean("benchActionClock", FilterRegistrationBean.class, () -> clock(actionTimes, 0));
    }

    private static FilterRegistrationBean<Filter> clock(ConcurrentLinkedQueue<Long> times, int order) {
        Filter filter = (request, response, chain) -> {
            long t0 = System.nanoTime();
            try {
                chain.doFilter(request, response);
            } finally {
                var http = (HttpServletRequest) request;
                if (recording.get()
                        && "PUT".equals(http.getMethod())
                        && http.getRequestURI().endsWith("/rating")
                        && ((HttpServletResponse) response).getStatus() == 200) {
                    times.add(System.nanoTime() - t0);
                }
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(order);
        return registration;
    }

    private static long countRatings(Driver driver) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (r:Rating {mapId: $m, itemKind: 'Evidence'}) RETURN count(r) AS n",
                            Map.of("m", MAP.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    private static void print(String label, ConcurrentLinkedQueue<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("| %s | 0 | | | | |%n", label);
            return;
        }
        System.out.printf(
                "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                label,
                sorted.length,
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
