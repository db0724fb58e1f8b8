package org.disputatio.evidence;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.disputatio.bench.BenchApp;
import org.disputatio.bench.DriverRetries;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
 * <p>Warm-up: the JIT compiles the rating path (Tomcat, Spring Security, the controller, the driver and the
 * embedded Neo4j's Cypher runtime) only after some ten thousand requests; measured after 5 ratings per user (250
 * in all) this runner gave 121 ratings/s, after 100 per user 224/s, after 300 per user 283/s, the same code on the
 * same quiet machine (docs/benchmarks.md). A server a class uses has been running for longer than that, so the
 * default warm-up is 200 ratings per user, and the rate of each round is printed.
 *
 * <p>Run: {@code ./mvnw -q -Pbench-load test-compile exec:exec} (options: {@code -Dbench.users=50
 * -Dbench.requests=200 -Dbench.warmup=200 -Dbench.maxSeconds=400 -Dbench.auth=token|basic}). Not part of
 * {@code ./mvnw verify}.
 */
public final class RatingLoadBenchmark {

    private static final boolean TOKEN = !"basic".equals(System.getProperty("bench.auth", "token"));

    /** Durations in nanoseconds, recorded while {@link #recording} is on. */
    static final ConcurrentLinkedQueue<Long> requestTimes = new ConcurrentLinkedQueue<>();

    static final ConcurrentLinkedQueue<Long> actionTimes = new ConcurrentLinkedQueue<>();
    static final AtomicBoolean recording = new AtomicBoolean();

    private RatingLoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        int users = Integer.getInteger("bench.users", 50);
        int requests = Integer.getInteger("bench.requests", 200);
        int warmup = Integer.getInteger("bench.warmup", 200);
        int maxSeconds = Integer.getInteger("bench.maxSeconds", 400);
        int exit;
        try (var app = BenchApp.start(List.of(), context -> registerClocks((GenericApplicationContext) context))) {
            exit = run(app, users, requests, warmup, maxSeconds);
        }
        System.exit(exit);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int run(BenchApp app, int users, int requests, int warmup, int maxSeconds) throws Exception {
        var bench = RatingBench.create(app);
        List<String> credentials = app.users("bench-user", users, TOKEN);
        // One client per user: each user has its own connection, as separate scripts would.
        List<HttpClient> clients =
                credentials.stream().map(c -> BenchApp.client()).toList();
        var deadline = Instant.now().plusSeconds(maxSeconds);

        var retries = DriverRetries.attach();
        var warmupTimes = new ConcurrentLinkedQueue<Long>();
        var warmupFailures = new AtomicInteger();
        long warmupStart = System.nanoTime();
        round(bench, clients, credentials, warmup, deadline, warmupTimes, warmupFailures);
        double warmupSeconds = (System.nanoTime() - warmupStart) / 1e9;
        System.out.printf(
                "Warm-up (not measured): %d requests (%d failed, e.g. 503 while the JIT is cold) in %.1f s:"
                        + " %.1f requests/s%n",
                warmupTimes.size(), warmupFailures.get(), warmupSeconds, warmupTimes.size() / warmupSeconds);
        retries.reset();
        requestTimes.clear();
        actionTimes.clear();
        var clientTimes = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        recording.set(true);
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        round(bench, clients, credentials, requests, deadline, clientTimes, failures);
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuBefore;
        recording.set(false);

        long rated = bench.storedRatings(app.bean(RatingService.class));
        System.out.println();
        System.out.println(
                "Authentication: " + (TOKEN ? "Bearer token created once per user" : "HTTP Basic on every request"));
        System.out.printf(
                "Users %d, measured requests %d (%d failed), %d per user, in %.1f s: %.1f requests/s (load %s)%n",
                users,
                clientTimes.size(),
                failures.get(),
                requests,
                elapsed / 1e9,
                clientTimes.size() / (elapsed / 1e9),
                BenchApp.load());
        System.out.printf("Ratings stored: %d (at most one per user and item)%n", rated);
        // The JVM's CPU (app, embedded Neo4j and this load generator alike) over the measured round: on a machine
        // shared with other work, CPU per request compares runs better than requests per second.
        System.out.printf(
                "JVM CPU in the measured round: %.1f s in %.1f s (%.2f cores), %.2f ms per request%n",
                cpu / 1e9,
                elapsed / 1e9,
                (double) cpu / elapsed,
                clientTimes.isEmpty() ? 0.0 : cpu / 1e6 / clientTimes.size());
        System.out.printf("Transactions the Neo4j driver retried in the measured round: %s%n", retries.counts());
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
            RatingBench bench,
            List<HttpClient> clients,
            List<String> credentials,
            int count,
            Instant deadline,
            ConcurrentLinkedQueue<Long> times,
            AtomicInteger failures)
            throws InterruptedException {
        var done = new CountDownLatch(clients.size());
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < clients.size(); u++) {
                var client = clients.get(u);
                String auth = credentials.get(u);
                threads.submit(() -> {
                    try {
                        for (int i = 0; i < count && Instant.now().isBefore(deadline); i++) {
                            var request = bench.randomRating(auth);
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
}
