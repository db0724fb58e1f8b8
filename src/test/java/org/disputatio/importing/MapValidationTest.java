package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each bad fixture differs from valid.yaml by one fault; the message must say where it is. */
class MapValidationTest {

    @Test
    void malformedYaml_isRejected_namingFileAndLine() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.map("malformed")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining("map.yaml:12")
                .hasMessageContaining("Malformed YAML");
    }

    @Test
    void quoteNotInTheText_isRejected() {
        assertRejected("quote-not-found", "map.yaml:19 [c-001] Quote not found in the reading text");
    }

    @Test
    void quoteRepeatedWithoutPrefix_isRejectedAsAmbiguous() {
        assertRejected("quote-ambiguous", "[c-006] Quote occurs 2 times");
    }

    @Test
    void quoteInAnotherSectionThanDeclared_isRejected() {
        assertRejected(
                "quote-in-other-section", "map.yaml:40 [c-004] The quote is in section 'notes', not in section '2'");
    }

    @Test
    void citationWithoutBibliographyEntry_isRejected() {
        assertRejected(
                "citation-unresolved",
                "map.yaml:20 [c-001] Citation 'Conquest, Great Terror 12' does not resolve to a bibliography entry");
    }

    @Test
    void danglingPremise_isRejected() {
        assertRejected("dangling-reference", "map.yaml:56 [a-002] Dangling reference: premise 'c-099'");
    }

    @Test
    void unknownSource_inAContestation_isRejected() {
        assertRejected("unknown-source", "map.yaml:62 [x-001] Unknown source 'pavlova-2099'");
    }

    @Test
    void unknownProponent_isRejected() {
        assertRejected("unknown-proponent", "map.yaml:43 [c-005] Unknown proponent 'publisher'");
    }

    @Test
    void claimConnectedToNothing_isRejected() {
        assertRejected(
                "disconnected-claim",
                "map.yaml:47 [c-006] The claim is connected neither to the thesis nor to a counter-position");
    }

    @Test
    void argumentWithoutPremises_isRejected() {
        assertRejected("argument-without-premises", "map.yaml:56 [a-002] The argument has no premises");
    }

    @Test
    void argumentWithoutConclusion_isRejected() {
        assertRejected("argument-without-conclusion", "map.yaml:56 [a-002] The argument has no conclusion");
    }

    @Test
    void repeatedId_acrossKindsOfItem_isRejected() {
        assertRejected("repeated-id", "map.yaml:59 [c-004] Repeated id (first used on line 35)");
    }

    @Test
    void unknownClaimKind_isRejected() {
        assertRejected("unknown-kind", "map.yaml:29 [c-003] Unknown claim kind 'objection'");
    }

    @Test
    void unknownSection_isRejected() {
        assertRejected("unknown-section", "map.yaml:38 [c-004] Unknown section '14'");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.map("many-problems")))
                .isInstanceOfSatisfying(
                        MapFileException.class,
                        e -> assertThat(e.problems()).extracting(MapProblem::id).contains("c-001", "a-002", "c-003"));
    }

    @Test
    void bibliographyProblems_nameTheBibliographyFile() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.withBibliography("valid", "bad-sources")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining("sources.yaml:4 [getty-excesses] Unknown or missing kind 'book'")
                .hasMessageContaining("sources.yaml:9 [getty-excesses] Repeated source id");
    }

    @Test
    void citationNamingAnUnknownSourceId_isRejected() {
        assertThatThrownBy(
                        () -> EssayMapLoader.load(Fixtures.withBibliography("direct-citation-unknown", "reported-by")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining("map.yaml:20 [c-001] Citation of unknown source 'archive-nothing'");
    }

    @Test
    void reportedByAnUnknownSource_isRejected() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.withBibliography("valid", "reported-by-unknown")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining(
                        "sources.yaml:29 [archive-transcript] reportedBy 'zhukov-inoi-stalinn' is not the id of any source");
    }

    @Test
    void provenanceCycle_isRejected() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.withBibliography("valid", "reported-by-cycle")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining(
                        "sources.yaml:22 [archive-transcript] Provenance cycle: archive-transcript -> archive-notes -> archive-transcript");
    }

    @Test
    void authorsOwnConcession_qualifiesHisArgument_withoutBeingAnAttack() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("qualification"));
        assertThat(map.qualifications())
                .extracting(q -> q.id() + " " + q.from().value() + " -> " + q.target())
                .containsExactly("q-001 c-007 -> a-001");
        assertThat(map.attacks()).extracting(k -> k.id().value()).containsExactly("k-001", "k-002", "k-003");
    }

    @Test
    void qualification_byNoConcessionOrOnAnotherVoicesClaim_isRejected() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.map("qualification-wrong")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining(
                        "[q-002] A qualification comes from a concession, not a rebuttal (an objection is an attack)")
                .hasMessageContaining("[q-003] A qualification limits its proponent's own claim: 'c-007' is auteur's,"
                        + " 'c-003' pavlova's (a concession against another voice is an attack)")
                .message()
                .doesNotContain("[q-001]");
    }

    private static void assertRejected(String fixture, String expected) {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.map(fixture)))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining(expected);
    }
}
