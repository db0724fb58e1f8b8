package org.disputatio.workspace;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.json.ElkGraphJson;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lays out the argument map's ELK graph on the server with ELK's own Java implementation, the very layered algorithm
 * the browser's elkjs is transpiled from (ADR 047): the browser builds the ELK JSON graph (boxes measured from its
 * rendered labels) and gets back where each box goes. Results are cached by a hash of the input, so the second
 * visitor of an unchanged map gets its layout at once, and one layout per input runs at a time: visitors who ask
 * while it runs wait for the same computation.
 */
@Component
public class ArgumentMapLayout implements DisposableBean {

    /** Bigger graphs are refused (the browser then lays them out itself): the workspace draws at most ~1,200 claims. */
    static final int MAX_NODES = 4_000;

    /** Bigger inputs are refused before they are parsed. */
    static final int MAX_INPUT_CHARS = 4_000_000;

    /** How long a visitor waits for a layout before the browser lays the map out itself. */
    static final Duration WAIT = Duration.ofSeconds(20);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArgumentMapLayout.class);

    /**
     * Two threads on a 2-core machine and a short queue: layouts never take more than the cores, and a burst of
     * different maps is refused (the browsers fall back) rather than queued for minutes.
     */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            2,
            2,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(8),
            Thread.ofPlatform().name("elk-layout-", 0).daemon().factory());

    /**
     * Caffeine (already used for the evaluations and the sign-in throttle) gives a bounded cache and single flight in one: an
     * {@link AsyncCache} hands every caller asking for a key the same future, and drops a future that failed. The
     * positions of the essay's 523 boxes are ~40 kB; 200 entries bound the cache to a few MB.
     */
    private final AsyncCache<String, Outcome> layouts =
            Caffeine.newBuilder().maximumSize(200).executor(Runnable::run).buildAsync();

    private final AtomicInteger computations = new AtomicInteger();

    /** {@link #MAX_NODES}, lowered by a browser test to see a refused graph laid out in the browser. */
    volatile int maxNodes = MAX_NODES;

    public ArgumentMapLayout() {
        executor.allowCoreThreadTimeOut(true);
    }

    /**
     * The positions of an ELK JSON graph's boxes once laid out: the same tree of {@code id}, {@code children},
     * each box with {@code x}, {@code y} (its top-left corner within its parent box), {@code width} and
     * {@code height}, as elkjs returns them. Waits for the layout at most {@link #WAIT}.
     *
     * @throws Refused if the graph is too large, malformed, or not laid out in time
     */
    public String layOut(String elkJson) {
        if (elkJson.length() > MAX_INPUT_CHARS) throw new Refused("the graph is too large");
        try {
            Outcome outcome = layOutAsync(elkJson).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (outcome.refusal() != null) throw new Refused(outcome.refusal());
            return java.util.Objects.requireNonNull(outcome.positions());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        } catch (TimeoutException e) {
            throw new Refused("not laid out within " + WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new Refused(String.valueOf(e.getCause()));
        }
    }

    /** The layout of this graph: cached, or being computed (one computation per input at a time). */
    CompletableFuture<Outcome> layOutAsync(String elkJson) {
        return layouts.get(hash(elkJson), (key, ignored) -> {
            try {
                return CompletableFuture.supplyAsync(() -> compute(elkJson), executor);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Not cached: the next visitor may find the server free.
                return CompletableFuture.failedFuture(new Refused("the server is laying out other maps"));
            }
        });
    }

    /** Forgets every layout, for tests. */
    void forget() {
        layouts.synchronous().invalidateAll();
    }

    /** Layouts computed since start (not served from the cache), for tests. */
    int computations() {
        return computations.get();
    }

    /**
     * The positions, or why the graph is refused. A refusal is an outcome, cached like a layout (the same input is
     * refused again), not a failed future, which Caffeine would log as an error.
     */
    record Outcome(@Nullable String positions, @Nullable String refusal) {}

    private Outcome compute(String elkJson) {
        computations.incrementAndGet();
        ElkNode root;
        try {
            root = ElkGraphJson.forGraph(elkJson).toElk();
        } catch (RuntimeException e) {
            return new Outcome(null, "not an ELK graph: " + e.getMessage());
        }
        int nodes = count(root);
        if (nodes > maxNodes) return new Outcome(null, nodes + " boxes, more than " + maxNodes);
        long started = System.nanoTime();
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        LOG.info("Laid out an argument map of {} boxes in {} ms", nodes, (System.nanoTime() - started) / 1_000_000);
        var out = new java.io.StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(root, json);
        }
        return new Outcome(out.toString(), null);
    }

    private static int count(ElkNode node) {
        int n = node.getChildren().size();
        for (ElkNode child : node.getChildren()) n += count(child);
        return n;
    }

    private static void write(ElkNode node, JsonGenerator json) {
        json.writeStartObject();
        json.writeStringProperty("id", node.getIdentifier());
        json.writeNumberProperty("x", node.getX());
        json.writeNumberProperty("y", node.getY());
        json.writeNumberProperty("width", node.getWidth());
        json.writeNumberProperty("height", node.getHeight());
        if (!node.getChildren().isEmpty()) {
            json.writeArrayPropertyStart("children");
            for (ElkNode child : node.getChildren()) write(child, json);
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every JDK", e);
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** The server does not lay out this graph; the browser lays it out itself. */
    public static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason);
        }
    }
}
