package org.disputatio.evidence;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.disputatio.bench.BenchApp;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;

/**
 * The map both rating benchmarks rate: a small map with {@value #EVIDENCE_ITEMS} items of evidence, and the
 * rating request a user sends ({@code PUT /api/maps/{id}/evidence/{evidenceId}/rating}, a random item, a
 * random value). Shared by the closed-loop ({@link RatingLoadBenchmark}) and open-model
 * ({@link OpenRatingBenchmark}) runners so they measure the same action.
 */
final class RatingBench {

    static final MapId MAP = new MapId("rating-bench");
    static final int EVIDENCE_ITEMS = 20;

    private final String base;
    private final List<String> items;

    private RatingBench(String base, List<String> items) {
        this.base = base;
        this.items = items;
    }

    /** Creates the map and its evidence in the app. */
    static RatingBench create(BenchApp app) {
        app.bean(MapCatalog.class).create(SampleMaps.twoVoices(MAP.value()));
        var evidence = app.bean(EvidenceService.class);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < EVIDENCE_ITEMS; i++) {
            var draft =
                    new EvidenceDraft("c" + (1 + i % 3), "s1", "p. " + i, "Quote " + i, null, Stance.FOR, null, null);
            items.add(evidence.attach(MAP, draft, "admin").id());
        }
        return new RatingBench(app.root() + "/api/maps/" + MAP.value() + "/evidence/", items);
    }

    /** One rating of a random item with a random value, sent with {@code authorization}. */
    HttpRequest randomRating(String authorization) {
        var random = ThreadLocalRandom.current();
        String item = items.get(random.nextInt(items.size()));
        double value = random.nextInt(5) / 4.0;
        return HttpRequest.newBuilder(URI.create(base + item + "/rating"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":" + value + "}"))
                .build();
    }

    /**
     * How many ratings are stored, read through the service (whatever the storage): at most one per user and
     * item, whatever the number of requests.
     */
    long storedRatings(RatingService ratings) {
        return items.stream()
                .mapToLong(item -> ratings.evidenceRatings(MAP, item, null).count())
                .sum();
    }
}
