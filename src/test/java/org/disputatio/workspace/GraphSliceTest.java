package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.Test;

/** What the graph draws: filters, focus, contested markers, and collapsing maps too large to draw. */
class GraphSliceTest {

    @Test
    void wholeSmallMap_drawsClaimsArguments_andPremisesInsideTheirArgument() {
        Workspace w = SyntheticMaps.workspace(SampleMaps.twoVoices("two-voices"));
        GraphSlice.Drawing d = GraphSlice.draw(w, GraphSlice.Query.all());
        assertThat(d.collapsed()).isFalse();
        assertThat(d.nodes()).extracting(GraphSlice.Node::id).containsExactlyInAnyOrder("c1", "c2", "c3", "a1");
        // The premise is drawn inside its argument, so no premise edge: one arrow from the argument on.
        assertThat(d.nodes())
                .filteredOn(n -> n.parent() != null)
                .extracting(GraphSlice.Node::id, GraphSlice.Node::parent)
                .containsExactly(Tuple.tuple("c2", "a1"));
        assertThat(d.edges()).extracting(GraphSlice.Edge::kind).containsExactlyInAnyOrder("conclusion", "rebut");
        GraphSlice.Node thesis =
                d.nodes().stream().filter(n -> n.id().equals("c1")).findFirst().orElseThrow();
        assertThat(thesis.contested()).isTrue();
        assertThat(thesis.label()).startsWith("⚠ ");
        assertThat(thesis.strength()).isNotNull();
    }

    @Test
    void kindFilter_keepsOnlyThoseKinds() {
        Workspace w = SyntheticMaps.workspace(SampleMaps.twoVoices("two-voices"));
        GraphSlice.Drawing d =
                GraphSlice.draw(w, new GraphSlice.Query(Set.of(), Set.of("thesis", "counter-claim"), null, 2));
        assertThat(d.nodes()).extracting(GraphSlice.Node::id).containsExactlyInAnyOrder("c1", "c3", "a1");
        assertThat(d.edges()).extracting(GraphSlice.Edge::kind).containsExactlyInAnyOrder("conclusion", "rebut");
    }

    @Test
    void premiseOfTwoArguments_sitsInTheFirst_andJoinsTheSecondByAnEdge() {
        Workspace w = SyntheticMaps.workspace(EssayMaps.toContent(EssayMapLoader.loadShippedEssay()));
        GraphSlice.Drawing d = GraphSlice.draw(w, GraphSlice.Query.all());
        Map<String, Long> premiseEdges = d.edges().stream()
                .filter(e -> e.kind().equals("premise"))
                .collect(Collectors.groupingBy(GraphSlice.Edge::source, Collectors.counting()));
        for (var a : w.map().arguments()) {
            for (String p : a.premises()) {
                long in = w.map().arguments().stream()
                        .filter(b -> b.premises().contains(p))
                        .count();
                GraphSlice.Node node = d.nodes().stream()
                        .filter(n -> n.id().equals(p))
                        .findFirst()
                        .orElseThrow();
                assertThat(node.parent()).isNotNull();
                assertThat(premiseEdges.getOrDefault(p, 0L)).isEqualTo(in - 1);
            }
        }
    }

    @Test
    void syntheticMapOf5000Claims_startsCollapsedToSections() {
        Workspace w = SyntheticMaps.workspace(SyntheticMaps.generate("big", 5000));
        GraphSlice.Drawing d = GraphSlice.draw(w, GraphSlice.Query.all());
        assertThat(d.collapsed()).isTrue();
        assertThat(d.nodes()).hasSize(20).allSatisfy(n -> assertThat(n.id()).startsWith(GraphSlice.SECTION_PREFIX));
        assertThat(d.nodes().stream().mapToInt(GraphSlice.Node::size).sum()).isEqualTo(5000);
        assertThat(d.edges()).isNotEmpty();
        assertThat(d.nodes()).anyMatch(GraphSlice.Node::contested);
    }

    @Test
    void syntheticMapOf5000Claims_oneSectionIsDrawnInFull() {
        Workspace w = SyntheticMaps.workspace(SyntheticMaps.generate("big", 5000));
        GraphSlice.Drawing d = GraphSlice.draw(w, new GraphSlice.Query(Set.of("7"), Set.of(), null, 2));
        assertThat(d.collapsed()).isFalse();
        assertThat(d.nodes().stream().filter(n -> !n.kind().equals("argument")).count())
                .isEqualTo(250);
        assertThat(d.nodes().size()).isLessThanOrEqualTo(GraphSlice.MAX_DRAWN);
    }

    @Test
    void focus_drawsTheNeighbourhoodWithinTheSteps() {
        Workspace w = SyntheticMaps.workspace(SyntheticMaps.generate("big", 5000));
        GraphSlice.Drawing one = GraphSlice.draw(w, new GraphSlice.Query(Set.of(), Set.of(), "c1", 1));
        // c1's conclusion (the thesis), its three premises: c4, c5, c6, and any attacker.
        assertThat(one.nodes()).extracting(GraphSlice.Node::id).contains("c0", "c1", "c4", "c5", "c6");
        assertThat(one.collapsed()).isFalse();
        GraphSlice.Drawing two = GraphSlice.draw(w, new GraphSlice.Query(Set.of(), Set.of(), "c1", 2));
        assertThat(two.nodes().size()).isGreaterThan(one.nodes().size());
    }
}
