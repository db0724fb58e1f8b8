package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapId;
import org.disputatio.sources.ReportedBy;
import org.disputatio.sources.Source;
import org.disputatio.sources.SourceId;
import org.junit.jupiter.api.Test;

/**
 * The essay map that ships with the product must load with no problem at all: every quote found in
 * the text, every citation in the bibliography, every claim connected. This is the check that
 * fails the build when the shipped map is wrong; its message lists every problem with its line.
 */
class EssayMapValidationTest {

    @Test
    void shippedEssayMap_hasNoProblems() {
        EssayMap map;
        try {
            map = EssayMapLoader.loadShippedEssay();
        } catch (MapFileException e) {
            fail(e.getMessage());
            return;
        }
        assertThat(map.id()).isEqualTo(new MapId("furr-staline-democratie"));
        assertThat(map.claims()).filteredOn(c -> c.kind() == ClaimKind.THESIS).hasSize(1);
    }

    /**
     * The counts of the reviewed map, exactly: any change to the map file must show up here and in
     * docs/essay-map-review.md, so a claim, an attack or a citation cannot be lost unnoticed.
     */
    @Test
    void shippedEssayMap_hasExactlyTheReviewedCounts() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(countBy(map.claims().stream().map(c -> c.kind().spelling())))
                .isEqualTo(Map.of(
                        "thesis", 1L,
                        "conclusion", 24L,
                        "premise", 251L,
                        "counter-claim", 25L,
                        "rebuttal", 21L,
                        "concession", 24L));
        assertThat(map.claims()).hasSize(346);
        assertThat(map.arguments()).hasSize(162);
        assertThat(countBy(map.attacks().stream().map(k -> k.kind().spelling())))
                .isEqualTo(Map.of("rebut", 64L, "undermine", 12L));
        assertThat(map.qualifications())
                .as("the author's own concessions, qualifying")
                .hasSize(18);
        assertThat(map.contestations()).hasSize(17);
        assertThat(map.sources()).hasSize(57);
        assertThat(map.claims().stream().mapToInt(c -> c.citations().size()).sum())
                .as("citations")
                .isEqualTo(242);
        assertThat(map.claims())
                .as("claims with at least one citation")
                .filteredOn(c -> !c.citations().isEmpty())
                .hasSize(155);
        assertThat(map.sources().stream().mapToInt(s -> s.reportedBy().size()).sum())
                .as("provenance links")
                .isEqualTo(13);
    }

    /**
     * Every source is cited by a claim or reached through a provenance chain from a cited one, except
     * the documents the essay only names as closed to research; docs/essay-map-review.md says why
     * each of those is listed.
     */
    @Test
    void everySource_isCitedOrReachedThroughAChain_exceptTheDocumentsTheEssayOnlyNamesAsClosed() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        Set<String> cited = new TreeSet<>();
        map.claims()
                .forEach(c -> c.citations().forEach(x -> cited.add(x.sourceId().value())));
        Set<String> reached = new TreeSet<>(cited);
        for (boolean grew = true; grew; ) {
            grew = false;
            for (Source source : map.sources()) {
                if (reached.contains(source.id().value())) {
                    for (ReportedBy link : source.reportedBy()) {
                        grew |= reached.add(link.source().value());
                    }
                }
            }
        }
        assertThat(map.sources().stream().map(s -> s.id().value()).filter(id -> !reached.contains(id)))
                .containsExactlyInAnyOrder(
                        "archive-stalin-personal-archive",
                        "archive-moscow-trials-pretrial-investigation",
                        "archive-military-purge-investigation",
                        "archive-presidential-archive-1996",
                        "archive-19th-congress-transcripts",
                        "archive-beria-1953-primary-sources",
                        "archive-maximum-salary-discussions");
    }

    @Test
    void anUnpublishedTranscriptKnownThroughZhukov_isCitedWithZhukov_andReportedByHim() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        SourceId transcript = new SourceId("archive-october-1937-plenum-transcript");
        assertThat(map.bibliography().source(transcript).orElseThrow().reportedBy())
                .containsExactly(new ReportedBy(new SourceId("zhukov-inoi-stalin"), "486-7"));
        assertThat(map.claim(new ClaimId("c-348")).orElseThrow().citations())
                .extracting(x -> x.sourceId().value() + " " + x.locator())
                .containsExactly("zhukov-inoi-stalin 486-7", "archive-october-1937-plenum-transcript null");
    }

    @Test
    void theFamineDemographers_supportTheFamineClaim_notTheClaimBeforeIt() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(map.claim(new ClaimId("c-179")).orElseThrow().citations())
                .extracting(x -> x.sourceId().value())
                .contains("anderson-silver");
        assertThat(map.claim(new ClaimId("c-178")).orElseThrow().citations()).isEmpty();
    }

    /**
     * Every counter-claim the essay replies to has the reply mapped as an attack. Kaganovich's and
     * Khrushchev's words of 1953 (c-497, c-504) are reported as evidence of the conflict, and the
     * essay does not reply to them.
     */
    @Test
    void everyCounterClaimButTheTwoReportedAsEvidence_isAttacked() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        Set<String> attacked = new TreeSet<>();
        map.attacks().forEach(k -> k.targetClaim().ifPresent(c -> attacked.add(c.value())));
        assertThat(map.claims().stream()
                        .filter(c -> c.kind() == ClaimKind.COUNTER_CLAIM)
                        .map(c -> c.id().value())
                        .filter(id -> !attacked.contains(id)))
                .containsExactlyInAnyOrder("c-497", "c-504");
    }

    private static Map<String, Long> countBy(Stream<String> values) {
        return values.collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    @Test
    void everyParentheticalCitationOfTheEssay_isAttachedToAClaim() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(map.unattachedReferences())
                .as("references of the essay that no claim cites (line of the original: raw)")
                .extracting(r -> r.originalLine() + ": " + r.citation().raw())
                .isEmpty();
    }

    @Test
    void shippedEssay_isKeptByteExact() {
        byte[] file = MapFolder.classpath(EssayMapLoader.SHIPPED_ESSAY)
                .read("furr-staline-democratie.fr.txt")
                .orElseThrow();
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(map.document().original().getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
    }
}
