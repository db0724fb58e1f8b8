package org.disputatio.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The obvious, exponential definitions of grounding, critical sources and minimal support sets, straight from
 * the definitions, to check the engine against on small maps. Reads the snapshot's internal arrays. A source
 * counts only with every source it is known through, and an uncited assertion rests on its proponent's word
 * (ADR 029).
 */
final class BruteForce {
    private final Graph g;

    BruteForce(MapSnapshot m) {
        this.g = m.graph;
    }

    /** Claims grounded when only the sources in {@code available} (a bit mask) count: naive fixpoint. */
    boolean[] grounded(long available) {
        boolean[] gr = new boolean[g.nodes()];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int c = 0; c < g.claims; c++) {
                if (gr[c]) continue;
                boolean ok = false;
                for (int k = g.citations.start(c); k < g.citations.end(c); k++)
                    ok |= has(available, g.citations.adj[k]);
                for (int k = g.evidenceOn.start(c); k < g.evidenceOn.end(c); k++) {
                    int e = g.evidenceOn.adj[k];
                    ok |= g.evidenceFor[e] && has(available, g.evidenceSource[e]);
                }
                boolean uncited =
                        g.citations.start(c) == g.citations.end(c) && g.argumentsFor.start(c) == g.argumentsFor.end(c);
                for (int k = g.evidenceOn.start(c); k < g.evidenceOn.end(c); k++)
                    if (g.evidenceFor[g.evidenceOn.adj[k]]) uncited = false;
                if (uncited && g.proponent[c] >= 0) ok |= has(available, g.proponent[c]);
                for (int k = g.argumentsFor.start(c); k < g.argumentsFor.end(c); k++)
                    ok |= gr[g.claims + g.argumentsFor.adj[k]];
                if (ok) gr[c] = changed = true;
            }
            for (int a = 0; a < g.arguments; a++) {
                if (gr[g.claims + a]) continue;
                boolean all = g.premises.start(a) < g.premises.end(a); // no premises: grounds nothing
                for (int k = g.premises.start(a); k < g.premises.end(a); k++) all &= gr[g.premises.adj[k]];
                if (all) gr[g.claims + a] = changed = true;
            }
        }
        return gr;
    }

    /** Source s counts when it and every source it is known through are available. */
    private boolean has(long available, int s) {
        boolean all = true;
        for (int t : g.chain[s]) all &= (available >> t & 1) != 0;
        return all;
    }

    long everything() {
        return (1L << g.sources) - 1;
    }

    List<String> critical(int c) {
        List<String> r = new ArrayList<>();
        if (!grounded(everything())[c]) return r;
        for (int s = 0; s < g.sources; s++) if (!grounded(everything() & ~(1L << s))[c]) r.add(g.sourceIds[s]);
        r.sort(null);
        return r;
    }

    /** All minimal grounding sets of claim c, as bit masks. */
    List<Long> minimalSets(int c) {
        List<Long> grounding = new ArrayList<>();
        for (long m = 0; m <= everything(); m++) if (grounded(m)[c]) grounding.add(m);
        List<Long> minimal = new ArrayList<>();
        for (long m : grounding) {
            boolean min = true;
            for (long o : grounding) if (o != m && (o & m) == o) min = false;
            if (min) minimal.add(m);
        }
        return minimal;
    }

    List<String> names(long mask) {
        List<String> r = new ArrayList<>();
        for (int s = 0; s < g.sources; s++) if ((mask >> s & 1) != 0) r.add(g.sourceIds[s]);
        r.sort(null);
        return r;
    }

    /** Contested sources reachable from claim c over supporting edges (citations, FOR evidence, arguments, premises). */
    List<String> contested(int c) {
        boolean[] seen = new boolean[g.nodes()];
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(c));
        seen[c] = true;
        while (!todo.isEmpty()) {
            int x = todo.poll();
            if (x < g.claims) {
                for (int k = g.citations.start(x); k < g.citations.end(x); k++)
                    for (int t : g.chain[g.citations.adj[k]]) if (g.contested[t]) out.add(g.sourceIds[t]);
                for (int k = g.evidenceOn.start(x); k < g.evidenceOn.end(x); k++) {
                    int e = g.evidenceOn.adj[k];
                    if (g.evidenceFor[e])
                        for (int t : g.chain[g.evidenceSource[e]]) if (g.contested[t]) out.add(g.sourceIds[t]);
                }
                for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++) {
                    int a = g.claims + g.argumentsFor.adj[k];
                    if (!seen[a]) {
                        seen[a] = true;
                        todo.add(a);
                    }
                }
            } else {
                for (int k = g.premises.start(x - g.claims); k < g.premises.end(x - g.claims); k++) {
                    int p = g.premises.adj[k];
                    if (!seen[p]) {
                        seen[p] = true;
                        todo.add(p);
                    }
                }
            }
        }
        return List.copyOf(out);
    }
}
