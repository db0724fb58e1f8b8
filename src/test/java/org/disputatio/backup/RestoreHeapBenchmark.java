package org.disputatio.backup;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputatio.bench.BenchApp;
import org.disputatio.bench.ChunkedMapWriter;
import org.disputatio.database.ChildJvm;
import org.disputatio.maps.MapContent;
import org.disputatio.security.AccountService;
import org.disputatio.workspace.SyntheticMaps;
import org.neo4j.driver.Driver;

/**
 * How much heap a restore needs (issue 14, points 3 and 7). Starts the app on a throw-away database with the
 * essay map, downloads {@code GET /api/backup}, adds a synthetic map of each size in {@code bench.sizes} with its
 * evidence, ratings, grades and change log in the proportions below, and downloads a backup after each. Then it
 * restores each file into an EMPTY data directory with the command line ({@link BackupCommand}, through {@link
 * RestoreHeapProbe}) in a fresh JVM for each {@code -Xmx} of {@code bench.heaps}, smallest first, and reports
 * the file's size, whether the restore succeeded, its time, the peak heap (the heap pools' peaks, and the most
 * the heap held right after a collection in the GC log: the live set the restore needs) and what the largest
 * failed restore left in its directory (the command line's own backup of it). Stops a file after {@code
 * bench.confirm} successes; a larger file's search starts at the heap that restored the smaller one. The command-line backup of the largest restored directory is measured the same way, in the smallest
 * heap tried: it runs the same dump as {@code GET /api/backup}.
 *
 * <p>Per synthetic map of N claims ({@link SyntheticMaps}: N/3 arguments, N/25 attacks, N/25 sources, a citation
 * per leaf claim): N/10 evidence items (each with an anchor, rated by one user), two users' ratings of every
 * argument, two users' grades of every source, and one change-log entry per write (about N entries).
 *
 * <p>Run: {@code ./mvnw -q -Pbench-restore test-compile exec:exec} (options: {@code -Dbench.sizes=10000,100000
 * -Dbench.heaps=128m,192m,256m,384m,512m,768m,1g,1536m,2g -Dbench.confirm=1 -Dbench.timeoutSeconds=480 -Dbench.essay=true}). Not part
 * of {@code ./mvnw verify}.
 */
public final class RestoreHeapBenchmark {

    private static final Pattern GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");
    private static final Pattern PROBE = Pattern.compile("probe: seconds=([\\d.]+) poolPeaksMB=(\\d+)");
    private static final Pattern WRITTEN = Pattern.compile("(\\d+) nodes, (\\d+) relationships");
    private static final Pattern COUNTS = Pattern.compile(
            "\"counts\"\\s*:\\s*\\{\\s*\"nodes\"\\s*:\\s*(\\d+)\\s*,\\s*\"relationships\"\\s*:\\s*(\\d+)");
    private static final int CHUNK = 10_000;
    private static final int RATERS = 5;

    private RestoreHeapBenchmark() {}

    /** One run of the command line in its own JVM. */
    record Run(
            String heap,
            int status,
            double seconds,
            long poolPeakMb,
            long maxAfterGcMb,
            long maxBeforeGcMb,
            String output) {
        boolean succeeded() {
            return status == 0;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "10000,100000").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        List<String> heaps = Arrays.stream(
                        System.getProperty("bench.heaps", "128m,192m,256m,384m,512m,768m,1g,1536m,2g")
                                .split(","))
                .map(String::strip)
                .toList();
        int confirm = Integer.getInteger("bench.confirm", 1);
        long timeout = Long.getLong("bench.timeoutSeconds", 480);
        Path work = Files.createTempDirectory("disputatio-restore-bench-");
        System.out.printf(
                "Restore heap benchmark, %s; %d cores; Java %s; load at start: %s; files in %s%n",
                ZonedDateTime.now(ZoneOffset.UTC),
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                BenchApp.load(),
                work);
        String classpath = frozen(work);
        List<Path> files = new ArrayList<>();
        try (var app = BenchApp.start(List.of(), null)) {
            var accounts = app.bean(AccountService.class);
            for (int u = 0; u < RATERS; u++) accounts.createAccount("rater-" + u, BenchApp.PASSWORD, Set.of());
            files.add(download(app, work.resolve("essay.json")));
            StringBuilder name = new StringBuilder("essay");
            for (int n : sizes) {
                long started = System.nanoTime();
                MapContent content = SyntheticMaps.generate("bench-" + n, n);
                new ChunkedMapWriter(app.bean(Driver.class)).write(content);
                long written = activity(app.bean(Driver.class), content);
                System.out.printf(
                        "claims=%d stored with %d evidence, ratings, grades and log entries in %.1f s (load %s)%n",
                        n, written, (System.nanoTime() - started) / 1e9, BenchApp.load());
                name.append("+").append(n / 1000).append("k");
                files.add(download(app, work.resolve(name + ".json")));
            }
        }
        System.out.println();
        System.out.println(
                "| file | size | nodes | relationships | -Xmx | result | command s | pool peaks MB | max after GC MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        List<String> summary = new ArrayList<>();
        // A larger file needs at least the heap of a smaller one: each file's search starts at the heap that
        // restored the previous file, so the slow runs (each JVM starts Neo4j and migrates) go where they tell.
        int start = 0;
        // The essay's file alone restores in any heap that starts Neo4j: -Dbench.essay=false leaves its runs out.
        if (!Boolean.parseBoolean(System.getProperty("bench.essay", "true"))) files.removeFirst();
        for (Path file : files) {
            long[] counts = counts(file);
            String smallest = null;
            int successes = 0;
            Path failed = null;
            for (int h = start; h < heaps.size(); h++) {
                String heap = heaps.get(h);
                Path dataDir = Files.createTempDirectory(work, "data-");
                Run run = probe(
                        heap,
                        List.of("restore", "--in", file.toString(), "--data-dir", dataDir.toString()),
                        work,
                        classpath,
                        timeout);
                if (!run.succeeded()) {
                    if (failed != null) BenchApp.delete(failed);
                    failed = dataDir;
                }
                System.out.printf(
                        "| %s | %.1f MB | %d | %d | %s | %s | %.1f | %d | %d |%n",
                        file.getFileName(),
                        Files.size(file) / 1e6,
                        counts[0],
                        counts[1],
                        heap,
                        run.succeeded()
                                ? "restored"
                                : "FAILED (exit " + run.status() + "): " + lastLines(run.output(), 3),
                        run.seconds(),
                        run.poolPeakMb(),
                        run.maxAfterGcMb());
                if (run.succeeded()) {
                    if (smallest == null) {
                        smallest = heap;
                        start = h;
                        if (file.equals(files.getLast())) {
                            backupHeap(file, dataDir, heaps.getFirst(), work, classpath, timeout);
                        }
                        if (failed != null) {
                            // What the largest heap that failed left behind: the command line's own backup of it.
                            Run check = probe(
                                    "1g",
                                    List.of(
                                            "backup",
                                            "--out",
                                            work.resolve("check.json").toString(),
                                            "--data-dir",
                                            failed.toString()),
                                    work,
                                    classpath,
                                    timeout);
                            Matcher m = WRITTEN.matcher(check.output());
                            System.out.printf(
                                    "|   after the failed restore of %s, its directory holds: %s |%n",
                                    file.getFileName(),
                                    m.find()
                                            ? m.group(1) + " nodes, " + m.group(2) + " relationships"
                                            : "check failed: " + lastLines(check.output(), 2));
                            BenchApp.delete(failed);
                            failed = null;
                        }
                    }
                    BenchApp.delete(dataDir);
                    if (++successes >= confirm) break;
                }
            }
            if (failed != null) BenchApp.delete(failed);
            summary.add(String.format(
                    Locale.ROOT,
                    "%s (%.1f MB, %d nodes): smallest -Xmx tried that restores it: %s",
                    file.getFileName(),
                    Files.size(file) / 1e6,
                    counts[0],
                    smallest == null ? "none" : smallest));
        }
        System.out.println();
        summary.forEach(System.out::println);
        System.out.printf("Load at the end: %s%n", BenchApp.load());
        BenchApp.delete(work);
        System.exit(0);
    }

    /** The command-line backup of the restored directory, in the smallest heap tried. */
    private static void backupHeap(Path file, Path dataDir, String heap, Path work, String classpath, long timeout)
            throws IOException, InterruptedException {
        Path out = work.resolve("again.json");
        Run run = probe(
                heap,
                List.of("backup", "--out", out.toString(), "--data-dir", dataDir.toString()),
                work,
                classpath,
                timeout);
        System.out.printf(
                "|   backup of the restored %s (command line, same dump as GET /api/backup) | %.1f MB | | | %s | %s |"
                        + " %.1f | %d | %d |%n",
                file.getFileName(),
                Files.exists(out) ? Files.size(out) / 1e6 : 0.0,
                heap,
                run.succeeded() ? "written" : "FAILED (exit " + run.status() + "): " + lastLines(run.output(), 3),
                run.seconds(),
                run.poolPeakMb(),
                run.maxAfterGcMb());
        Files.deleteIfExists(out);
    }

    /** Runs the command line in a fresh JVM with {@code -Xmx heap} and a GC log. */
    private static Run probe(String heap, List<String> command, Path work, String classpath, long timeout)
            throws IOException, InterruptedException {
        Path gcLog = work.resolve("gc.log");
        Files.deleteIfExists(gcLog);
        Path output = work.resolve("probe.out");
        List<String> cmd = new ArrayList<>(List.of(ChildJvm.java(), "-Xmx" + heap, "-Xlog:gc:file=" + gcLog));
        cmd.addAll(ChildJvm.NEO4J_FLAGS);
        cmd.addAll(
                List.of("--sun-misc-unsafe-memory-access=allow", "-cp", classpath, RestoreHeapProbe.class.getName()));
        cmd.addAll(command);
        long started = System.nanoTime();
        var builder = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile());
        // The up-front estimate off: the benchmark measures what each heap really restores (ADR 043, amendment).
        builder.environment().put("DISPUTATIO_BACKUP_RESTORE_HEAP_PER_BYTE", "0");
        Process process = builder.start();
        boolean ended = process.waitFor(timeout, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        String text = Files.readString(output, StandardCharsets.UTF_8);
        int status = ended ? process.exitValue() : -1;
        if (!ended) text += "\nno end after " + timeout + " s (killed)";
        Matcher probe = PROBE.matcher(text);
        double seconds = wall;
        long poolPeak = -1;
        if (probe.find()) {
            seconds = Double.parseDouble(probe.group(1));
            poolPeak = Long.parseLong(probe.group(2));
        }
        long maxAfter = 0, maxBefore = 0;
        if (Files.exists(gcLog)) {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC.matcher(line);
                if (m.find()) {
                    maxBefore = Math.max(maxBefore, mb(m.group(1), m.group(2)));
                    maxAfter = Math.max(maxAfter, mb(m.group(3), m.group(4)));
                }
            }
        }
        return new Run(heap, status, seconds, poolPeak, maxAfter, maxBefore, text);
    }

    /**
     * The class path with its directories (target/classes, target/test-classes) copied into {@code work}, so that
     * every command line of the run uses the code compiled when it started, whatever is compiled meanwhile.
     */
    private static String frozen(Path work) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path copy = work.resolve("classpath-" + entries.size());
                try (var paths = Files.walk(path)) {
                    for (Path p : (Iterable<Path>) paths::iterator) {
                        Path target = copy.resolve(path.relativize(p).toString());
                        if (Files.isDirectory(p)) Files.createDirectories(target);
                        else Files.copy(p, target);
                    }
                }
                entries.add(copy.toString());
            } else {
                entries.add(entry);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static long mb(String value, String unit) {
        long v = Long.parseLong(value);
        return switch (unit) {
            case "K" -> v >> 10;
            case "G" -> v << 10;
            default -> v;
        };
    }

    /** The last lines the command printed that say something (not the probe's own line). */
    private static String lastLines(String output, int count) {
        List<String> lines = output.lines()
                .filter(l ->
                        !l.isBlank() && !l.startsWith("probe:") && !l.startsWith("\tat ") && !l.startsWith("WARNING:"))
                .toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - count), lines.size()))
                .replace('|', '/');
    }

    /** {@code GET /api/backup} as the admin, saved to {@code file}. */
    private static Path download(BenchApp app, Path file) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = BenchApp.client()
                .send(
                        HttpRequest.newBuilder(URI.create(app.root() + "/api/backup"))
                                .header("Authorization", BenchApp.basic("admin"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofFile(file));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /api/backup answered " + response.statusCode());
        }
        System.out.printf(
                "GET /api/backup -> %s: %.1f MB in %.1f s (load %s)%n",
                file.getFileName(), Files.size(file) / 1e6, (System.nanoTime() - started) / 1e9, BenchApp.load());
        return file;
    }

    /** The file's own counts, from its end. */
    static long[] counts(Path file) throws IOException {
        try (var in = new RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, in.length() - 256);
            byte[] tail = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(tail);
            Matcher m = COUNTS.matcher(new String(tail, StandardCharsets.UTF_8));
            if (!m.find()) throw new IllegalStateException("No counts at the end of " + file);
            return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        }
    }

    private static final String EVIDENCE = """
            UNWIND $rows AS row
            MATCH (c:Claim {mapId: $mapId, id: row.claimId}), (s:Source {mapId: $mapId, id: row.sourceId})
            CREATE (e:Evidence {mapId: $mapId, id: row.id, stance: row.stance, locator: row.locator, quote: row.quote,
                                note: row.note, createdBy: row.user, createdAt: row.at, updatedBy: row.user,
                                updatedAt: row.at, version: 1})
            CREATE (e)-[:ABOUT]->(c), (e)-[:FROM]->(s)
            CREATE (e)-[:ANCHORED_BY]->(:Anchor {exact: row.quote, prefix: '', suffix: '', start: 0, end: 10})
            RETURN count(e) AS created
            """;
    private static final String RATINGS = """
            UNWIND $rows AS row
            CREATE (r:Rating) SET r = row
            RETURN count(r) AS created
            """;
    private static final String GRADES = """
            UNWIND $rows AS row
            CREATE (g:Grade) SET g = row
            RETURN count(g) AS created
            """;
    private static final String CHANGES = """
            UNWIND $rows AS row
            CREATE (x:Change) SET x = row
            RETURN count(x) AS created
            """;
    private static final String COUNTER = "CREATE (:ChangeCounter {mapId: $mapId, lastSeq: $last})";

    /**
     * Evidence, ratings, grades and their change-log entries, with the properties the app's own writes give them
     * ({@code EvidenceItems}, {@code Ratings}, {@code Changes}); returns how many nodes it wrote.
     */
    private static long activity(Driver driver, MapContent map) {
        String mapId = map.id();
        ZonedDateTime at = ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        List<Map<String, Object>> evidence = new ArrayList<>(),
                ratings = new ArrayList<>(),
                grades = new ArrayList<>(),
                changes = new ArrayList<>();
        changes.add(change(
                mapId,
                changes.size(),
                at,
                "admin",
                "MapImported",
                mapId,
                null,
                "Imported " + map.title(),
                "{}",
                false));
        List<MapContent.Claim> claims = map.claims();
        for (int i = 0; i < claims.size() / 10; i++) {
            var claim = claims.get(i * 10);
            String user = "rater-" + i % RATERS;
            String id = "e" + i;
            String source = "s" + i % map.sources().size();
            evidence.add(row(
                    "id",
                    id,
                    "claimId",
                    claim.id(),
                    "sourceId",
                    source,
                    "stance",
                    i % 4 == 0 ? "against" : "for",
                    "locator",
                    "p. " + (i % 300 + 1),
                    "quote",
                    "Quoted passage " + i + " of the source.",
                    "note",
                    i % 3 == 0 ? "Checked against the original." : null,
                    "user",
                    user,
                    "at",
                    at));
            changes.add(change(
                    mapId,
                    changes.size(),
                    at,
                    user,
                    "EvidenceAttached",
                    id,
                    claim.id(),
                    "Evidence for " + claim.id() + " from " + source,
                    "{}",
                    false));
            String rater = "rater-" + (i + 1) % RATERS;
            ratings.add(rating(mapId, id, "Evidence", rater, (i % 5) / 4.0, at));
            changes.add(change(
                    mapId,
                    changes.size(),
                    at,
                    rater,
                    "EvidenceRated",
                    id,
                    claim.id(),
                    "Rated evidence " + id + ": " + (i % 5) / 4.0,
                    "{\"value\":null,\"at\":null}",
                    true));
        }
        for (var argument : map.arguments()) {
            for (int r = 0; r < 2; r++) {
                String rater = "rater-" + Math.floorMod(argument.id().hashCode() + r, RATERS);
                double value = ((argument.id().hashCode() >>> 3) + r) % 5 / 4.0;
                ratings.add(rating(mapId, argument.id(), "Argument", rater, value, at));
                changes.add(change(
                        mapId,
                        changes.size(),
                        at,
                        rater,
                        "InferenceRated",
                        argument.id(),
                        argument.conclusion(),
                        "Rated the inference of " + argument.id() + ": " + value,
                        "{\"value\":null,\"at\":null}",
                        true));
            }
        }
        for (var source : map.sources()) {
            for (int r = 0; r < 2; r++) {
                String rater = "rater-" + r;
                grades.add(row(
                        "key",
                        mapId + "/" + source.id() + "/" + rater,
                        "mapId",
                        mapId,
                        "sourceId",
                        source.id(),
                        "reliability",
                        "B",
                        "credibility",
                        2 + r,
                        "at",
                        at,
                        "user",
                        rater));
                changes.add(change(
                        mapId,
                        changes.size(),
                        at,
                        rater,
                        "SourceGraded",
                        source.id(),
                        null,
                        "Graded " + source.id() + ": B" + (2 + r),
                        "{\"reliability\":null,\"credibility\":null,\"at\":null}",
                        true));
            }
        }
        long written = chunks(driver, EVIDENCE, mapId, evidence) * 2
                + chunks(driver, RATINGS, mapId, ratings)
                + chunks(driver, GRADES, mapId, grades)
                + chunks(driver, CHANGES, mapId, changes);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            COUNTER, Map.of("mapId", mapId, "last", (long) changes.size()))
                    .consume());
        }
        return written;
    }

    private static Map<String, Object> rating(
            String mapId, String itemId, String kind, String user, double value, ZonedDateTime at) {
        return row(
                "key",
                mapId + "/" + itemId + "/" + user,
                "mapId",
                mapId,
                "itemId",
                itemId,
                "itemKind",
                kind,
                "value",
                value,
                "at",
                at,
                "user",
                user);
    }

    private static Map<String, Object> change(
            String mapId,
            int index,
            ZonedDateTime at,
            String user,
            String kind,
            String itemId,
            String onId,
            String summary,
            String before,
            boolean personal) {
        return row(
                "mapId",
                mapId,
                "id",
                mapId + "-change-" + index,
                "seq",
                (long) index + 1,
                "at",
                at.plusSeconds(index),
                "user",
                user,
                "kind",
                kind,
                "itemId",
                itemId,
                "onId",
                onId,
                "summary",
                summary,
                "before",
                before,
                "personal",
                personal);
    }

    private static long chunks(Driver driver, String cypher, String mapId, List<Map<String, Object>> rows) {
        long created = 0;
        try (var session = driver.session()) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                var chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                created += session.executeWrite(tx -> tx.run(cypher, Map.of("mapId", mapId, "rows", chunk))
                        .single()
                        .get("created")
                        .asLong());
            }
        }
        if (created != rows.size()) throw new IllegalStateException("Wrote " + created + " of " + rows.size());
        return created;
    }

    /** A parameter map that takes null values (absent notes and targets): Neo4j leaves such properties out. */
    private static Map<String, Object> row(Object... keysAndValues) {
        var row = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
