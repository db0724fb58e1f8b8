package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.Test;

/** The outline tree: from the thesis down, attacks as marked children, cycles cut. */
class ArgumentTreeTest {

    @Test
    void thesis_hasItsArgumentThenItsAttacks() {
        ArgumentTree tree = new ArgumentTree(SyntheticMaps.workspace(SampleMaps.twoVoices("two-voices")));
        List<ArgumentTree.Row> roots = tree.roots();
        assertThat(roots).extracting(ArgumentTree.Row::id).containsExactly("c1");
        List<ArgumentTree.Row> children = tree.children(roots.getFirst());
        assertThat(children)
                .extracting(ArgumentTree.Row::type, ArgumentTree.Row::id)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ArgumentTree.RowType.ARGUMENT, "a1"),
                        org.assertj.core.groups.Tuple.tuple(ArgumentTree.RowType.ATTACK, "c3"));
        assertThat(children.get(1).attackKind()).isEqualTo("rebut");
        assertThat(tree.children(children.getFirst()))
                .extracting(ArgumentTree.Row::id)
                .containsExactly("c2");
    }

    @Test
    void mutualRebuttals_stopAtTheCycle() {
        MapContent base = SampleMaps.twoVoices("two-voices");
        var map = new MapContent(
                base.id(),
                base.title(),
                base.language(),
                base.document(),
                base.claims(),
                base.arguments(),
                List.of(base.attacks().getFirst(), new MapContent.Attack("k2", "c1", "c3", "rebut")),
                base.sources(),
                base.contestations());
        ArgumentTree tree = new ArgumentTree(SyntheticMaps.workspace(map));
        ArgumentTree.Row thesis = tree.roots().getFirst();
        ArgumentTree.Row attacker = tree.children(thesis).stream()
                .filter(r -> r.type() == ArgumentTree.RowType.ATTACK)
                .findFirst()
                .orElseThrow();
        ArgumentTree.Row back = tree.children(attacker).getFirst();
        assertThat(back.id()).isEqualTo("c1");
        assertThat(back.cycle()).isTrue();
        assertThat(tree.hasChildren(back)).isFalse();
        assertThat(tree.children(back)).isEmpty();
    }

    @Test
    void anArgumentUsersBuiltApartFromTheThesis_startsItsOwnTreeAfterIt() {
        MapContent base = SampleMaps.twoVoices("two-voices");
        var claims = new java.util.ArrayList<>(base.claims());
        claims.add(new MapContent.Claim("u-x", "premise", "Clouds hide the sky", "ada", "", List.of(), List.of()));
        claims.add(new MapContent.Claim("u-y", "conclusion", "Nobody sees it", "ada", "", List.of(), List.of()));
        var arguments = new java.util.ArrayList<>(base.arguments());
        arguments.add(new MapContent.Argument("u-a", List.of("u-x"), "u-y"));
        var map = new MapContent(
                base.id(),
                base.title(),
                base.language(),
                base.document(),
                claims,
                arguments,
                base.attacks(),
                base.sources(),
                base.contestations());
        ArgumentTree tree = new ArgumentTree(SyntheticMaps.workspace(map));

        assertThat(tree.roots()).extracting(ArgumentTree.Row::id).containsExactly("c1", "u-y");
        ArgumentTree.Row argument = tree.children(tree.roots().get(1)).getFirst();
        assertThat(tree.children(argument)).extracting(ArgumentTree.Row::id).containsExactly("u-x");
    }

    @Test
    void theShippedEssay_startsAtItsThesisOnly() {
        var essay = org.disputatio.importing.EssayMaps.toContent(
                org.disputatio.importing.EssayMapLoader.loadShippedEssay());
        ArgumentTree tree = new ArgumentTree(SyntheticMaps.workspace(essay));

        assertThat(tree.roots())
                .extracting(ArgumentTree.Row::id)
                .containsExactlyElementsOf(essay.claims().stream()
                        .filter(c -> c.kind().equals("thesis"))
                        .map(MapContent.Claim::id)
                        .toList());
    }
}
