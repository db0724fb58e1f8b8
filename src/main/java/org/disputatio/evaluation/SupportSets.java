package org.disputatio.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Minimal support sets of every node, bounded in size and number: the least fixpoint of "a claim's sets are
 * its sources' singletons plus its grounded arguments' sets; an argument's sets are the unions of one set per
 * premise", minimised, in dependency order. Computed once, when first asked for.
 */
final class SupportSets {
    private static final Comparator<int[]> SMALL_FIRST = (a, b) -> {
        if (a.length != b.length) return Integer.compare(a.length, b.length);
        return Arrays.compare(a, b);
    };

    final int[][][] family;
    final boolean[] truncated;
    private final Graph g;
    private final EvaluationPolicy p;
    private final boolean @Nullable [] rejected;
    private final boolean[] grounded;
    private boolean cut;

    SupportSets(Graph g, EvaluationPolicy p, boolean @Nullable [] rejected, boolean[] grounded) {
        this.g = g;
        this.p = p;
        this.rejected = g.unavailable(rejected);
        this.grounded = grounded;
        int v = g.nodes();
        family = new int[v][][];
        truncated = new boolean[v];
        Engine e = new Engine(g, p, rejected);
        e.useAll();
        e.components(false);
        for (int c = 0; c < e.comps; c++) {
            int from = e.compStart[c], to = e.compStart[c + 1];
            for (int i = from; i < to; i++) family[e.order[i]] = new int[0][];
            boolean changed = true;
            for (int round = 0; changed && round < 10_000; round++) {
                changed = false;
                for (int i = from; i < to; i++) {
                    int x = e.order[i];
                    cut = false;
                    int[][] f = compute(x);
                    boolean t = cut;
                    if (!sameFamily(f, family[x]) || t != truncated[x]) {
                        family[x] = f;
                        truncated[x] = t;
                        changed = true;
                    }
                }
                if (to - from == 1 && !dependsOnItself(e.order[from])) break;
            }
        }
    }

    private boolean dependsOnItself(int x) {
        int n = g.claims;
        if (x < n) {
            for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++)
                if (g.premises.contains(g.argumentsFor.adj[k], x)) return true;
            return false;
        }
        return g.premises.contains(x - n, g.conclusion[x - n]);
    }

    private int[][] compute(int x) {
        if (!grounded[x]) return new int[0][];
        int n = g.claims;
        List<int[]> cands = new ArrayList<>();
        if (x < n) {
            for (int k = g.citations.start(x); k < g.citations.end(x); k++) leaf(cands, g.citations.adj[k]);
            for (int k = g.evidenceOn.start(x); k < g.evidenceOn.end(x); k++) {
                int item = g.evidenceOn.adj[k];
                if (g.evidenceFor[item]) leaf(cands, g.evidenceSource[item]);
            }
            int word = g.proponentWord(x);
            if (word >= 0) leaf(cands, word);
            for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++) {
                int a = n + g.argumentsFor.adj[k];
                if (!grounded[a]) continue;
                if (truncated[a]) cut = true;
                cands.addAll(Arrays.asList(family[a]));
            }
            return minimise(cands);
        }
        int a = x - n;
        List<int[]> acc = new ArrayList<>();
        acc.add(SourceSets.EMPTY);
        for (int k = g.premises.start(a); k < g.premises.end(a); k++) {
            int prem = g.premises.adj[k];
            if (truncated[prem]) cut = true;
            List<int[]> next = new ArrayList<>();
            for (int[] s : acc) {
                for (int[] t : family[prem]) {
                    int[] u = SourceSets.union(s, t);
                    if (u.length > p.maxSupportSetSize()) cut = true;
                    else next.add(u);
                }
            }
            acc = Arrays.asList(minimise(next));
            if (acc.isEmpty()) break;
        }
        return acc.toArray(new int[0][]);
    }

    /** A source, with every source it is known through: a claim resting on it rests on them all (ADR 029). */
    private void leaf(List<int[]> cands, int s) {
        if (rejected != null && rejected[s]) return;
        int[] set = g.chain[s];
        if (set.length > p.maxSupportSetSize()) cut = true;
        else cands.add(set);
    }

    private int[][] minimise(List<int[]> cands) {
        cands.sort(SMALL_FIRST);
        List<int[]> kept = new ArrayList<>();
        outer:
        for (int[] c : cands) {
            for (int[] k : kept) if (SourceSets.subset(k, c)) continue outer;
            if (kept.size() == p.maxSupportSets()) {
                cut = true;
                break;
            }
            kept.add(c);
        }
        return kept.toArray(new int[0][]);
    }

    private static boolean sameFamily(int[][] a, int[][] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!Arrays.equals(a[i], b[i])) return false;
        return true;
    }
}
