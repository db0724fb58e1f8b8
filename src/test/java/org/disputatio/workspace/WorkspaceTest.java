package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.Test;

/** What the workspace derives from a map and its evaluation, without Spring or Neo4j. */
class WorkspaceTest {

    private final Workspace twoVoices = SyntheticMaps.workspace(SampleMaps.twoVoices("two-voices"));

    @Test
    void spans_coverTheAnchoredWordsOfTheReadingText() {
        List<Workspace.Span> spans = twoVoices.spans();
        assertThat(spans).extracting(Workspace.Span::claimId).containsExactly("c1", "c3");
        String text = twoVoices.map().document().text();
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("the sky is green");
        assertThat(spans.get(0).kind()).isEqualTo("thesis");
        assertThat(spans.get(0).contested()).isTrue();
        assertThat(spans.get(0).strength()).isNotNull();
    }

    @Test
    void sourceRows_countCitationsContestationsAndDependents() {
        Workspace.SourceRow row = twoVoices.sourceRows().getFirst();
        assertThat(row.source().id()).isEqualTo("s1");
        assertThat(row.citations()).isEqualTo(1);
        assertThat(row.contested()).isTrue();
        assertThat(twoVoices.dependentsOf("s1"))
                .extracting(d -> d.claim().id(), Workspace.Dependent::critical)
                .contains(org.assertj.core.groups.Tuple.tuple("c1", true));
    }

    @Test
    void thesisResting_onASingleContestedSource_isRankedAsCritical() {
        List<Workspace.ContestedConclusion> ranked = twoVoices.contestedConclusions();
        assertThat(ranked).extracting(c -> c.claim().id()).containsExactly("c1");
        assertThat(ranked.getFirst().criticalContested()).containsExactly("s1");
    }

    @Test
    void contestedConclusions_criticalOnesComeFirst() {
        Workspace w = SyntheticMaps.workspace(SyntheticMaps.generate("big", 600));
        List<Workspace.ContestedConclusion> ranked = w.contestedConclusions();
        assertThat(ranked).isNotEmpty();
        boolean seenNonCritical = false;
        for (Workspace.ContestedConclusion c : ranked) {
            if (c.criticalContested().isEmpty()) seenNonCritical = true;
            else assertThat(seenNonCritical).as("critical after non-critical").isFalse();
            assertThat(c.assessment().dependsOnContested()).isTrue();
        }
    }

    @Test
    void counterArguments_includeUndercutsOfTheClaimsArguments() {
        MapContent base = SampleMaps.twoVoices("two-voices");
        var map = new MapContent(
                base.id(),
                base.title(),
                base.language(),
                base.document(),
                base.claims(),
                base.arguments(),
                List.of(base.attacks().getFirst(), new MapContent.Attack("k2", "c3", "a1", "undercut")),
                base.sources(),
                base.contestations());
        Workspace w = SyntheticMaps.workspace(map);
        assertThat(w.counterArguments("c1")).extracting(MapContent.Attack::kind).containsExactly("rebut", "undercut");
        assertThat(w.sections()).containsExactly("1");
        assertThat(w.kinds()).containsExactlyInAnyOrder("thesis", "premise", "counter-claim");
        assertThat(Set.copyOf(w.kinds())).hasSize(3);
    }
}
