package org.disputatio.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.Evaluator;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.MapContent;

/**
 * Maps of any size built in code: a thesis over a ternary tree of linked arguments, spread over 20
 * sections, with counter-claims (rebut, undermine, undercut), cited sources and a few contested ones.
 */
public final class SyntheticMaps {

    private SyntheticMaps() {}

    public static MapContent generate(String id, int claimCount) {
        StringBuilder text = new StringBuilder();
        List<MapContent.Claim> claims = new ArrayList<>();
        List<MapContent.Argument> arguments = new ArrayList<>();
        List<MapContent.Attack> attacks = new ArrayList<>();
        int sourceCount = Math.max(3, claimCount / 25);
        List<MapContent.Source> sources = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            sources.add(new MapContent.Source(
                    "s" + s, List.of("Author " + s), "Book " + s, 1900 + s % 100, "scholarship", "published"));
        }
        List<List<String>> children = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) children.add(new ArrayList<>());
        List<Integer> tree = new ArrayList<>();
        for (int i = 0; i < claimCount; i++) {
            boolean counter = i > 0 && i % 25 == 24;
            String kind =
                    i == 0 ? "thesis" : counter ? "counter-claim" : depth(tree.size()) <= 2 ? "conclusion" : "premise";
            String claimText = String.format(Locale.ROOT, "Claim %d holds for reason %d.", i, i * 7 % 101);
            int start = text.length();
            text.append(claimText).append(i % 10 == 9 ? "\n\n" : " ");
            String section = Integer.toString(1 + (int) ((long) i * 20 / claimCount));
            List<MapContent.Citation> citations = new ArrayList<>();
            if (!counter) {
                int position = tree.size();
                tree.add(i);
                if (position > 0) children.get(tree.get((position - 1) / 3)).add("c" + i);
                if (3 * position + 1 >= claimCount - claimCount / 25) {
                    int source = i % sourceCount;
                    citations.add(
                            new MapContent.Citation("s" + source, Integer.toString(i), "Author " + source + ", " + i));
                }
            }
            claims.add(new MapContent.Claim(
                    "c" + i,
                    kind,
                    claimText.substring(0, claimText.length() - 1),
                    i % 3 == 0 ? "Author" : "Historian " + i % 4,
                    section,
                    List.of(new MapContent.Anchor(claimText, "", "", start, start + claimText.length())),
                    citations));
        }
        for (int i = 0; i < claimCount; i++) {
            if (!children.get(i).isEmpty()) arguments.add(new MapContent.Argument("a" + i, children.get(i), "c" + i));
        }
        for (int i = 24; i < claimCount; i += 25) {
            int target = (i * 7) % i;
            String kind = (i / 25) % 3 == 0 ? "rebut" : (i / 25) % 3 == 1 ? "undermine" : "undercut";
            if (kind.equals("undercut")) {
                int finalTarget = target;
                String argument = arguments.stream()
                        .filter(a -> Integer.parseInt(a.id().substring(1)) >= finalTarget)
                        .findFirst()
                        .orElse(arguments.getFirst())
                        .id();
                attacks.add(new MapContent.Attack("k" + i, "c" + i, argument, kind));
            } else {
                attacks.add(new MapContent.Attack("k" + i, "c" + i, "c" + target, kind));
            }
        }
        List<MapContent.Contestation> contestations = List.of(
                new MapContent.Contestation("x1", "s0", "Critic", "Forged"),
                new MapContent.Contestation("x2", "s" + (sourceCount / 2), "Critic", "Second hand"));
        String body = text.toString();
        return new MapContent(
                id,
                "Synthetic map of " + claimCount + " claims",
                "en",
                new MapContent.Document("Synthetic", "en", body, body, List.of("Generator"), "Generated for tests"),
                claims,
                arguments,
                attacks,
                sources,
                contestations);
    }

    private static int depth(int position) {
        int d = 0;
        while (position > 0) {
            position = (position - 1) / 3;
            d++;
        }
        return d;
    }

    /** The evaluation engine's snapshot of a map, as EvaluationService would load it from Neo4j. */
    public static MapSnapshot snapshot(MapContent map) {
        var b = MapSnapshot.builder();
        map.claims().forEach(c -> b.claim(c.id()));
        map.sources().forEach(s -> b.source(s.id()));
        map.arguments().forEach(a -> b.argument(a.id(), a.conclusion(), a.premises()));
        map.attacks()
                .forEach(k -> b.attack(
                        k.id(), k.from(), k.to(), AttackKind.valueOf(k.kind().toUpperCase(Locale.ROOT))));
        map.claims().forEach(c -> c.citations().forEach(x -> b.citation(c.id(), x.sourceId())));
        map.contestations().forEach(x -> b.contestation(x.sourceId(), true));
        return b.build();
    }

    /** A workspace over the map, evaluated in memory. */
    public static Workspace workspace(MapContent map) {
        return new Workspace(map, Evaluator.evaluate(snapshot(map), EvaluationPolicy.defaults()));
    }
}
