package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Attaching, editing and removing evidence on the two-voices map, as users would. */
@IntegrationTest
@RecordApplicationEvents
class EvidenceServiceIT {

    static final MapId MAP = new MapId("evidence-two-voices");

    @Autowired
    EvidenceService evidence;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEvents events;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    static EvidenceDraft draft(String quote) {
        return new EvidenceDraft(
                "c3", "s1", "p. 12", quote, "https://example.org/sky", Stance.FOR, "Seen at noon", null);
    }

    /** The map's position in its change log, which every committed write moves by one. */
    long mapVersion() {
        try (var session = driver.session()) {
            return session.run(
                            "OPTIONAL MATCH (c:ChangeCounter {mapId: $id}) RETURN coalesce(c.lastSeq, 0) AS v",
                            Map.of("id", MAP.value()))
                    .single()
                    .get("v")
                    .asLong();
        }
    }

    long evidenceCount() {
        try (var session = driver.session()) {
            return session.run("MATCH (e:Evidence {mapId: $id}) RETURN count(e) AS n", Map.of("id", MAP.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    @Test
    void attachedEvidence_isListedOnItsClaim_withItsAuthorAndVersionOne() {
        long before = mapVersion();
        var attached = evidence.attach(MAP, draft("The sky was blue at noon."), "ada");

        assertThat(attached.id()).startsWith("u-");
        assertThat(attached.version()).isEqualTo(1);
        assertThat(attached.createdBy()).isEqualTo("ada");
        assertThat(evidence.forClaim(MAP, "c3")).singleElement().satisfies(e -> {
            assertThat(e.quote()).isEqualTo("The sky was blue at noon.");
            assertThat(e.stance()).isEqualTo(Stance.FOR);
            assertThat(e.sourceId()).isEqualTo("s1");
            assertThat(e.mapId()).isEqualTo(MAP.value());
            assertThat(e.url()).isEqualTo("https://example.org/sky");
        });
        assertThat(mapVersion()).isEqualTo(before + 1);
        assertThat(events.stream(EvidenceAttached.class))
                .containsExactly(new EvidenceAttached(MAP, attached.id(), "c3", "ada"));
    }

    @Test
    void evidenceAnchoredInTheDocument_keepsTheExactWords() {
        var anchored = evidence.attach(
                MAP,
                new EvidenceDraft(
                        "c3",
                        "s1",
                        "p. 1",
                        "it is blue",
                        null,
                        Stance.FOR,
                        null,
                        new DocumentAnchor("it is blue", 49, 59)),
                "ada");
        assertThat(anchored.anchor()).isEqualTo(new DocumentAnchor("it is blue", 49, 59));
        assertThat(anchored.note()).isNull();
    }

    @Test
    void anAnchorThatDoesNotMatchTheDocument_isRefusedAndNothingIsWritten() {
        long before = mapVersion();
        var wrongPlace = new EvidenceDraft(
                "c3", "s1", "p. 1", "it is blue", null, Stance.FOR, null, new DocumentAnchor("it is blue", 13, 23));
        assertThatThrownBy(() -> evidence.attach(MAP, wrongPlace, "ada"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("The quote does not match the document at that place.");
        assertThat(evidenceCount()).isZero();
        assertThat(mapVersion()).isEqualTo(before);
        assertThat(events.stream(MapChanged.class)).isEmpty();
    }

    @Test
    void editing_replacesTheContentAndMovesTheVersion() {
        var attached = evidence.attach(MAP, draft("Blue."), "ada");
        var edited = evidence.edit(
                MAP,
                attached.id(),
                1,
                new EvidenceDraft("c1", "s1", "p. 13", "Green, said Alpha.", null, Stance.AGAINST, null, null),
                "ada");

        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.claimId()).isEqualTo("c1");
        assertThat(edited.stance()).isEqualTo(Stance.AGAINST);
        assertThat(edited.url()).isNull();
        assertThat(evidence.forClaim(MAP, "c3")).isEmpty();
        assertThat(evidence.forClaim(MAP, "c1")).extracting(Evidence::quote).containsExactly("Green, said Alpha.");
        assertThat(events.stream(EvidenceEdited.class))
                .containsExactly(new EvidenceEdited(MAP, attached.id(), "c1", 2, "ada"));
    }

    @Test
    void aStaleEdit_isRefusedAndTheNewerContentIsKept() {
        var attached = evidence.attach(MAP, draft("First words."), "ada");
        evidence.edit(MAP, attached.id(), 1, draft("Ada's correction."), "ada");
        long mapVersion = mapVersion();

        assertThatThrownBy(() -> evidence.edit(MAP, attached.id(), 1, draft("Written over an old copy."), "ada"))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("Someone else changed this item")
                .hasMessageContaining("reload");
        assertThatThrownBy(() -> evidence.remove(MAP, attached.id(), 1, "ada"))
                .isInstanceOf(ConcurrentEditException.class);

        var kept = evidence.find(MAP, attached.id()).orElseThrow();
        assertThat(kept.quote()).isEqualTo("Ada's correction.");
        assertThat(kept.version()).isEqualTo(2);
        assertThat(mapVersion()).isEqualTo(mapVersion);
    }

    @Test
    void twoSimultaneousEdits_exactlyOneWins() throws Exception {
        for (int round = 0; round < 5; round++) {
            var attached = evidence.attach(MAP, draft("Original " + round), "ada");
            var barrier = new CyclicBarrier(2);
            List<Future<Evidence>> results = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                for (String who : List.of("first", "second")) {
                    results.add(pool.submit(() -> {
                        barrier.await();
                        return evidence.edit(MAP, attached.id(), 1, draft(who + " edit"), "ada");
                    }));
                }
            }
            int won = 0;
            int refused = 0;
            String winner = null;
            for (var result : results) {
                try {
                    winner = result.get().quote();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrentEditException.class);
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
            var stored = evidence.find(MAP, attached.id()).orElseThrow();
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.quote()).isEqualTo(winner);
        }
    }

    @Test
    void removing_deletesTheEvidenceAndItsRatings() {
        var attached = evidence.attach(MAP, draft("Soon gone."), "ada");
        evidence.remove(MAP, attached.id(), 1, "ada");
        assertThat(evidence.forClaim(MAP, "c3")).isEmpty();
        assertThat(evidenceCount()).isZero();
        assertThat(events.stream(EvidenceRemoved.class))
                .containsExactly(new EvidenceRemoved(MAP, attached.id(), "c3", "ada"));
    }

    @Test
    void onlyTheAuthorOrAnAdmin_mayChangeEvidence() {
        var attached = evidence.attach(MAP, draft("Ada's quote."), "ada");
        assertThatThrownBy(() -> evidence.edit(MAP, attached.id(), 1, draft("Brigitte's"), "brigitte"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ada");
        assertThat(evidence.mayChange(attached, "brigitte")).isFalse();
        assertThat(evidence.mayChange(attached, "admin")).isTrue();
        assertThat(evidence.mayChange(attached, null)).isFalse();
        var byAdmin = evidence.edit(MAP, attached.id(), 1, draft("Moderated."), "admin");
        assertThat(byAdmin.createdBy()).isEqualTo("ada");
        assertThat(byAdmin.quote()).isEqualTo("Moderated.");
    }

    @Test
    void anonymousOrUnknownUsers_cannotWrite() {
        assertThatThrownBy(() -> evidence.attach(MAP, draft("x"), ""))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Sign in");
        assertThatThrownBy(() -> evidence.attach(MAP, draft("x"), "nobody-here"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void invalidInput_isRefusedWithTheFieldNamed_andNothingIsWritten() {
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "p. 1", "q".repeat(2001), null, Stance.FOR, null, null)))
                .isEqualTo("quote");
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "", "q", null, Stance.FOR, null, null)))
                .isEqualTo("locator");
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "p".repeat(201), "q", null, Stance.FOR, null, null)))
                .isEqualTo("locator");
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "p. 1", "q", "ftp://x.org", Stance.FOR, null, null)))
                .isEqualTo("url");
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "p. 1", "q", null, Stance.FOR, "n".repeat(4001), null)))
                .isEqualTo("note");
        assertThat(fieldOf(new EvidenceDraft("c3", "s1", "p. 1", "q", null, null, null, null)))
                .isEqualTo("stance");
        assertThatThrownBy(() -> evidence.attach(
                        MAP, new EvidenceDraft("no-claim", "s1", "p. 1", "q", null, Stance.FOR, null, null), "ada"))
                .isInstanceOf(UnknownItemException.class)
                .hasMessageContaining("claim")
                .hasMessageContaining("no-claim");
        assertThatThrownBy(() -> evidence.attach(
                        MAP, new EvidenceDraft("c3", "no-source", "p. 1", "q", null, Stance.FOR, null, null), "ada"))
                .isInstanceOf(UnknownItemException.class)
                .hasMessageContaining("source");
        assertThatThrownBy(() -> evidence.attach(new MapId("no-such-map"), draft("q"), "ada"))
                .isInstanceOf(UnknownItemException.class)
                .hasMessageContaining("map");
        assertThat(evidenceCount()).isZero();
    }

    @Test
    void injectionAttempts_areStoredAsPlainText() {
        String payload = "x'}) MATCH (n) DETACH DELETE n //";
        var attached = evidence.attach(
                MAP, new EvidenceDraft("c3", "s1", payload, payload, null, Stance.FOR, payload, null), "ada");
        assertThat(evidence.find(MAP, attached.id()).orElseThrow().quote()).isEqualTo(payload);
        assertThat(catalog.content(MAP).orElseThrow().claims()).hasSize(3);
    }

    @Test
    void aUserSource_joinsTheBibliographyAndCanBeCited() {
        String id = evidence.createSource(
                MAP, new SourceDraft(List.of("Delta"), "Weather log", 1950, "archival-document", "unpublished"), "ada");
        assertThat(catalog.content(MAP).orElseThrow().sources()).anySatisfy(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.title()).isEqualTo("Weather log");
            assertThat(s.kind()).isEqualTo("archival-document");
        });
        var attached = evidence.attach(
                MAP, new EvidenceDraft("c1", id, "f. 3", "Green all day.", null, Stance.FOR, null, null), "ada");
        assertThat(attached.sourceId()).isEqualTo(id);
        assertThat(events.stream(SourceCreated.class)).containsExactly(new SourceCreated(MAP, id, "ada"));
        assertThatThrownBy(() -> evidence.createSource(
                        MAP, new SourceDraft(List.of(), "Rumour", null, "gossip", "published"), "ada"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("scholarship")
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("kind");
    }

    private String fieldOf(EvidenceDraft draft) {
        try {
            evidence.attach(MAP, draft, "ada");
        } catch (InvalidInputException e) {
            return e.field();
        }
        throw new AssertionError("accepted: " + draft);
    }
}
