package org.disputatio.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.DisputatioApplication;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.SyntheticMaps;
import org.neo4j.driver.Driver;

/**
 * Two app instances on one Neo4j run alone (as {@code StandaloneNeo4j} runs it; README "Several app
 * instances"), measured from outside (issue 9, point 5):
 *
 * <ul>
 *   <li><b>across instances:</b> an inference rating is written through instance A's API ({@code PUT
 *       …/arguments/{id}/rating}, Bearer token); the clock starts when A answers 200 and stops when B's {@code GET
 *       /api/maps/{id}/evaluation} shows the new {@code "seq"} (B is polled back to back, each poll a whole GET),
 *       on the essay map and on a synthetic map of {@code bench.claims} claims;
 *   <li><b>memory:</b> B is a separately started JVM ({@code org.disputatio.DisputatioApplication} on the test
 *       classpath, JVM flags {@code bench.childJvm}), so its resident set ({@code VmRSS} in {@code
 *       /proc/<pid>/status}) is the app's alone: after start, with the essay map open, and with the synthetic map
 *       open as well (each evaluated once through B's API). The database runs in this JVM, not in B's.
 * </ul>
 *
 * <p>Instance A runs in this JVM with the database. Run: {@code ./mvnw -q -Pbench-instances test-compile
 * exec:exec} (options: {@code -Dbench.claims=100000 -Dbench.writes=100 -Dbench.childJvm="-Xmx2g"}; B's heap is the JVM's default, a quarter of the RAM, unless
 * {@code bench.childJvm} says otherwise). Not part of
 * {@code ./mvnw verify}.
 */
public final class TwoInstancesBenchmark {

    private static final String NEO4J_PASSWORD = "bench-neo4j-secret";
    private static final String ESSAY = "furr-staline-democratie";

    private TwoInstancesBenchmark() {}

    public static void main(String[] args) throws Exception {
        int claims = Integer.getInteger("bench.claims", 100_000);
        int writes = Integer.getInteger("bench.writes", 100);
        String childJvm = System.getProperty("bench.childJvm", "").strip();
        Path dir = Files.createTempDirectory("disputatio-instances-");
        int boltPort = freePort();
        System.out.printf("Load average at start: %s%n", BenchApp.load());
        var neo4j = EmbeddedNeo4j.start(dir.resolve("neo4j"), "127.0.0.1", boltPort, "512m", Map.of(), NEO4J_PASSWORD);
        Process b = null;
        try (var a = BenchApp.start(
                List.of(
                        "--disputatio.neo4j.uri=" + neo4j.boltUri(),
                        "--disputatio.neo4j.password=" + NEO4J_PASSWORD,
                        "--spring.application.name=disputatio-a"),
                null)) {
            var synthetic = new MapId("bench-" + claims);
            long started = System.nanoTime();
            new ChunkedMapWriter(a.bean(Driver.class)).write(SyntheticMaps.generate(synthetic.value(), claims));
            System.out.printf("claims=%d loaded into Neo4j in %.1f s%n", claims, (System.nanoTime() - started) / 1e9);

            int port = freePort();
            Path log = dir.resolve("instance-b.log");
            b = startB(childJvm, port, neo4j.boltUri(), dir.resolve("app-b"), log);
            String bRoot = "http://127.0.0.1:" + port;
            var http = BenchApp.client();
            awaitReady(http, bRoot, b, log);
            System.out.printf(
                    "Instance B: pid %d, JVM flags '%s' (empty: the JVM's default heap), ready; load %s%n",
                    b.pid(), childJvm, BenchApp.load());
            long rssStarted = rss(b);
            var essayRead = EvaluationReading.get(http, evaluation(bRoot, ESSAY));
            long rssEssay = rss(b);
            var syntheticRead = EvaluationReading.get(http, evaluation(bRoot, synthetic.value()));
            long rssBoth = rss(b);
            System.out.println();
            System.out.println("| Instance B (app alone, database in another process) | VmRSS MB |");
            System.out.println("|---|---:|");
            System.out.printf("| started, nothing open | %d |%n", rssStarted >> 10);
            System.out.printf(
                    "| essay map open (evaluation %.2f MB of JSON) | %d |%n", essayRead.bytes() / 1e6, rssEssay >> 10);
            System.out.printf(
                    "| and the %d-claim map open (evaluation %.1f MB of JSON) | %d |%n",
                    claims, syntheticRead.bytes() / 1e6, rssBoth >> 10);
            System.out.printf("| peak (VmHWM) | %d |%n", status(b, "VmHWM") >> 10);
            System.out.printf(
                    "| heap in use after a full collection (jcmd GC.run, GC.heap_info), both maps open | %s |%n",
                    heapAfterCollection(b));
            System.out.println();

            String token = a.admin();
            for (var map : List.of(new MapId(ESSAY), synthetic)) {
                across(a, http, token, bRoot, map, writes);
            }
            System.out.printf("Load average at the end: %s%n", BenchApp.load());
        } finally {
            if (b != null) {
                b.destroy();
                b.waitFor();
            }
            neo4j.close();
            BenchApp.delete(dir);
        }
        System.exit(0);
    }

    /** {@code writes} ratings through A, each timed until B's evaluation shows it; then B's GET alone, unchanged. */
    private static void across(BenchApp a, HttpClient http, String token, String bRoot, MapId map, int writes)
            throws Exception {
        var snapshot = a.bean(EvaluationService.class)
                .evaluate(map, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation()
                .snapshot();
        List<String> arguments = snapshot.argumentIds().subList(0, Math.min(50, snapshot.argumentCount()));
        URI onB = evaluation(bRoot, map.value());
        long seq = EvaluationReading.get(http, onB).seq();
        Map<String, Integer> steps = new HashMap<>();
        List<Long> visible = new ArrayList<>();
        List<Long> polls = new ArrayList<>();
        int warmup = 5;
        for (int i = 0; i < warmup + writes; i++) {
            String argument = arguments.get(i % arguments.size());
            double value = steps.merge(argument, 1, Integer::sum) % 5 / 4.0;
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    a.root() + "/api/maps/" + map.value() + "/arguments/" + argument + "/rating"))
                            .header("Authorization", token)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":" + value + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long acknowledged = System.nanoTime();
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Rating through A: " + response.statusCode() + " " + response.body());
            }
            seq++;
            int n = 0;
            EvaluationReading reading;
            do {
                reading = EvaluationReading.get(http, onB);
                n++;
                if (reading.seq() > seq) {
                    throw new IllegalStateException(
                            "B shows seq " + reading.seq() + " beyond " + seq + ": another writer?");
                }
                if (System.nanoTime() - acknowledged > Duration.ofSeconds(60).toNanos()) {
                    throw new IllegalStateException(
                            "B still shows seq " + reading.seq() + " 60 s after A wrote " + seq);
                }
            } while (reading.seq() < seq);
            if (i >= warmup) {
                visible.add(reading.seqReadAt() - acknowledged);
                polls.add((long) n);
            }
        }
        List<Long> unchanged = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            var reading = EvaluationReading.get(http, onB);
            unchanged.add(reading.bodyReadAt() - t0);
        }
        System.out.printf(
                "map=%s claims=%d writes=%d: A's 200 -> B's GET shows the new seq: p50 %.1f ms, p95 %.1f ms, max %.1f ms"
                        + " (GETs per write: median %d, max %d); one whole GET on B with nothing new: p50 %.1f ms,"
                        + " p95 %.1f ms; load %s%n",
                map.value(),
                snapshot.claimCount(),
                visible.size(),
                new Durations(visible).ms(50),
                new Durations(visible).ms(95),
                new Durations(visible).ms(100),
                new Durations(polls).percentile(50),
                new Durations(polls).percentile(100),
                new Durations(unchanged).ms(50),
                new Durations(unchanged).ms(95),
                BenchApp.load());
    }

    private static Process startB(String childJvm, int port, URI bolt, Path dataDir, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!childJvm.isEmpty()) {
            command.addAll(List.of(childJvm.split("\\s+")));
        }
        // The flags the jar's manifest gives `java -jar`.
        command.addAll(List.of(
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED"));
        for (String property : List.of("vaadin.node.folder", "vaadin.frontend.frontend.folder")) {
            String value = System.getProperty(property);
            if (value != null) command.add("-D" + property + "=" + value);
        }
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                DisputatioApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.application.name=disputatio-b",
                "--disputatio.neo4j.uri=" + bolt,
                "--disputatio.neo4j.password=" + NEO4J_PASSWORD,
                "--disputatio.data-dir=" + dataDir,
                "--disputatio.admin-password=" + BenchApp.PASSWORD,
                "--logging.level.root=warn"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static void awaitReady(HttpClient http, String root, Process b, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        var health = HttpRequest.newBuilder(URI.create(root + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (true) {
            if (!b.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Instance B did not start; its log:\n" + Files.readString(log));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException notYetListening) {
                // B is still starting: try again.
            }
            Thread.sleep(500);
        }
    }

    private static URI evaluation(String root, String map) {
        return URI.create(root + "/api/maps/" + map + "/evaluation");
    }

    /** What the JVM's heap holds once garbage is gone: the open maps' state rather than the JVM's appetite. */
    private static String heapAfterCollection(Process p) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(p.pid());
        new ProcessBuilder(jcmd, pid, "GC.run")
                .redirectErrorStream(true)
                .start()
                .waitFor();
        var info = new ProcessBuilder(jcmd, pid, "GC.heap_info")
                .redirectErrorStream(true)
                .start();
        String out = new String(info.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        info.waitFor();
        var used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
        return used.find() ? Long.parseLong(used.group(1)) / 1024 + " (heap)" : "not read: " + out.strip();
    }

    /** Resident set size in kB. */
    private static long rss(Process p) throws IOException {
        return status(p, "VmRSS");
    }

    private static long status(Process p, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException(field + " not in /proc/" + p.pid() + "/status");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
