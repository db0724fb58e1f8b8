package org.disputatio.evaluation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The algorithms, all linear or near-linear, over int arrays. Each phase runs either on every node or on a
 * region: the nodes a change can reach, closed under the phase's forward edges. Values outside the region are
 * read as fixed inputs, so one code path serves both full and incremental evaluation.
 */
final class Engine {
    static final byte IN = 0, OUT = 1, UNDEC = 2, PENDING = 3;

    static final int FORWARD_ALL = 0, FORWARD_SUPPORT = 1, FORWARD_ATTACK = 2;

    final Graph g;
    final EvaluationPolicy p;
    final boolean @Nullable [] rejected;
    final int n; // claims
    final int v; // nodes

    // results
    double[] strength;
    byte[] label;
    boolean[] grounded;
    int[][] critical;
    int[][] contestedSets; // null entries mean "none"
    boolean @Nullable [] forcedOut;

    // scratch, reused between runs through epochs
    private int[] regionMark = new int[0];
    private int regionEpoch;
    private boolean all = true;
    private int[] region = new int[0];
    private int regionSize;
    private int[] visitMark = new int[0], index = new int[0], low = new int[0], onStack = new int[0], frameNode = new int[0],
            framePos = new int[0], sstack = new int[0], queue = new int[0], count = new int[0];
    private int visitEpoch;
    int[] order = new int[0];
    boolean @Nullable [] baseGrounded;
    int[] compStart = new int[16];
    int comps;
    private int[] @Nullable [] singles;

    Engine(Graph g, EvaluationPolicy p, boolean @Nullable [] rejected) {
        this(g, p, rejected, new double[g.nodes()]);
        label = new byte[v];
        grounded = new boolean[v];
        critical = new int[v][];
        contestedSets = new int[v][];
    }

    /** An engine that only evaluates nodes from the given strengths (for explanations). */
    Engine(Graph g, EvaluationPolicy p, boolean @Nullable [] rejected, double[] strength) {
        this.g = g;
        this.p = p;
        this.rejected = rejected;
        this.n = g.claims;
        this.v = g.nodes();
        this.strength = strength;
        label = new byte[0];
        grounded = new boolean[0];
        critical = new int[0][];
        contestedSets = new int[0][];
    }

    /** Scratch for regions. */
    private void regionScratch() {
        if (regionMark.length != v) regionMark = new int[v];
    }

    /** Scratch for the component search. */
    private void componentScratch() {
        if (order.length == v) return;
        visitMark = new int[v];
        index = new int[v];
        low = new int[v];
        onStack = new int[v];
        frameNode = new int[v];
        framePos = new int[v];
        sstack = new int[v];
        order = new int[v];
    }

    /** Scratch for the queue-based fixpoints (labels, grounding). */
    private void queueScratch() {
        if (queue.length == v) return;
        queue = new int[v];
        count = new int[v];
    }

    /**
     * Runs every phase on every node. With {@link #baseGrounded} set (a what-if), nodes that lose their
     * grounding count as attacked by an accepted attacker: the rejection undermines them (ADR 010).
     */
    void full() {
        all = true;
        strengths();
        grounding();
        if (baseGrounded != null) {
            forcedOut = new boolean[v];
            for (int x = 0; x < v; x++) forcedOut[x] = baseGrounded[x] && !grounded[x];
        }
        labels();
        dependencies();
    }

    int regionSize() {
        return all ? v : regionSize;
    }

    boolean rejected(int s) {
        return rejected != null && rejected[s];
    }

    // ---------------------------------------------------------------- regions

    /** Makes the forward closure of {@code seeds} (over the given edges) the current region. */
    int useRegion(int[] seeds, int mode) {
        regionScratch();
        all = false;
        regionEpoch++;
        if (region.length < 64) region = new int[64];
        regionSize = 0;
        for (int s : seeds) mark(s);
        for (int i = 0; i < regionSize; i++) {
            int x = region[i];
            if (x < n) {
                if (mode != FORWARD_ATTACK) {
                    Adjacency po = g.premiseOf;
                    for (int k = po.off[x], e = po.off[x + 1]; k < e; k++) mark(n + po.adj[k]);
                }
                if (mode != FORWARD_SUPPORT) {
                    Adjacency by = g.attacksBy;
                    for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) mark(g.attackTarget[by.adj[k]]);
                }
            } else if (mode != FORWARD_ATTACK) {
                mark(g.conclusion[x - n]);
            }
        }
        return regionSize;
    }

    void useAll() {
        all = true;
    }

    private void mark(int x) {
        if (regionMark[x] == regionEpoch) return;
        regionMark[x] = regionEpoch;
        if (regionSize == region.length) region = Arrays.copyOf(region, region.length * 2);
        region[regionSize++] = x;
    }

    private boolean inRegion(int x) {
        return all || regionMark[x] == regionEpoch;
    }

    private int regionNode(int i) {
        return all ? i : region[i];
    }

    // ---------------------------------------------------------------- dependencies and SCCs

    /** Number of nodes {@code x} depends on: arguments for a claim, premises of an argument, and attackers. */
    private int depCount(int x, boolean withAttacks) {
        int c = x < n ? g.argumentsFor.off[x + 1] - g.argumentsFor.off[x] : g.premises.off[x - n + 1] - g.premises.off[x - n];
        return withAttacks ? c + g.attacksOn.off[x + 1] - g.attacksOn.off[x] : c;
    }

    private int dep(int x, int i) {
        if (x < n) {
            Adjacency af = g.argumentsFor;
            int d = af.off[x + 1] - af.off[x];
            if (i < d) return n + af.adj[af.off[x] + i];
            i -= d;
        } else {
            Adjacency pr = g.premises;
            int a = x - n;
            int d = pr.off[a + 1] - pr.off[a];
            if (i < d) return pr.adj[pr.off[a] + i];
            i -= d;
        }
        return g.attackFrom[g.attacksOn.adj[g.attacksOn.off[x] + i]];
    }

    private boolean dependsOnItself(int x, boolean withAttacks) {
        for (int i = 0, d = depCount(x, withAttacks); i < d; i++) if (dep(x, i) == x) return true;
        return false;
    }

    /**
     * Tarjan's algorithm, iterative, over dependency edges inside the region. Components come out
     * dependencies first, so evaluating them in order sees every input ready.
     */
    int components(boolean withAttacks) {
        componentScratch();
        visitEpoch++;
        int counter = 0, sp = 0, ordered = 0;
        comps = 0;
        int roots = all ? v : regionSize;
        for (int r = 0; r < roots; r++) {
            int root = regionNode(r);
            if (visitMark[root] == visitEpoch) continue;
            int top = 0;
            frameNode[0] = root;
            framePos[0] = 0;
            visitMark[root] = visitEpoch;
            index[root] = low[root] = counter++;
            sstack[sp++] = root;
            onStack[root] = visitEpoch;
            while (top >= 0) {
                int x = frameNode[top];
                int i = framePos[top];
                if (i < depCount(x, withAttacks)) {
                    framePos[top] = i + 1;
                    int w = dep(x, i);
                    if (!inRegion(w)) continue;
                    if (visitMark[w] != visitEpoch) {
                        visitMark[w] = visitEpoch;
                        index[w] = low[w] = counter++;
                        sstack[sp++] = w;
                        onStack[w] = visitEpoch;
                        top++;
                        frameNode[top] = w;
                        framePos[top] = 0;
                    } else if (onStack[w] == visitEpoch && index[w] < low[x]) {
                        low[x] = index[w];
                    }
                } else {
                    top--;
                    if (low[x] == index[x]) {
                        if (comps + 1 >= compStart.length) compStart = Arrays.copyOf(compStart, compStart.length * 2);
                        compStart[comps++] = ordered;
                        int w;
                        do {
                            w = sstack[--sp];
                            onStack[w] = 0;
                            order[ordered++] = w;
                        } while (w != x);
                    }
                    if (top >= 0) {
                        int u = frameNode[top];
                        if (low[x] < low[u]) low[u] = low[x];
                    }
                }
            }
        }
        compStart[comps] = ordered;
        return ordered;
    }

    private boolean cyclic(int c, boolean withAttacks) {
        int from = compStart[c], to = compStart[c + 1];
        return to - from > 1 || dependsOnItself(order[from], withAttacks);
    }

    // ---------------------------------------------------------------- strength

    void strengths() {
        components(true);
        double[] next = new double[0];
        for (int c = 0; c < comps; c++) {
            int from = compStart[c], to = compStart[c + 1];
            if (!cyclic(c, true)) {
                int x = order[from];
                strength[x] = evaluate(x, -1, -1);
                continue;
            }
            int size = to - from;
            if (next.length < size) next = new double[size];
            for (int i = from; i < to; i++) {
                int x = order[i];
                strength[x] = x < n ? p.neutralPrior() : g.argumentBase(x - n, p);
            }
            boolean converged = false;
            for (int it = 0; it < p.maxIterations() && !converged; it++) {
                double delta = 0;
                for (int i = from; i < to; i++) next[i - from] = evaluate(order[i], -1, -1);
                for (int i = from; i < to; i++) {
                    int x = order[i];
                    double d = Math.abs(next[i - from] - strength[x]);
                    if (!(d <= delta)) delta = d; // NaN stays NaN
                    strength[x] = next[i - from];
                }
                if (Double.isNaN(delta)) break;
                converged = delta < p.epsilon();
            }
            if (!converged) for (int i = from; i < to; i++) strength[order[i]] = Double.NaN;
        }
    }

    /** Contribution kinds, for leaving one out in explanations. */
    static final int NONE = -1, BY_ARGUMENT = 0, BY_EVIDENCE = 1, BY_CITATION = 2, BY_ATTACK = 3;

    /**
     * The strength of node {@code x} from the current strengths of its inputs, leaving out one contribution
     * ({@code skipKind}, {@code skipId}) when asked. NaN inputs give NaN.
     */
    double evaluate(int x, int skipKind, int skipId) {
        double supProd = 1, attProd = 1, supSum = 0, attSum = 0;
        double base;
        double premiseFactor = 1;
        if (x < n) {
            base = p.neutralPrior();
            Adjacency af = g.argumentsFor;
            for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) {
                int a = af.adj[k];
                if (skipKind == BY_ARGUMENT && skipId == a) continue;
                double s = strength[n + a];
                supProd *= 1 - s;
                supSum += s;
            }
            Adjacency ev = g.evidenceOn;
            for (int k = ev.off[x], e = ev.off[x + 1]; k < e; k++) {
                int item = ev.adj[k];
                if (rejected(g.evidenceSource[item]) || (skipKind == BY_EVIDENCE && skipId == item)) continue;
                double s = g.evidenceStrength(item, p);
                if (g.evidenceFor[item]) {
                    supProd *= 1 - s;
                    supSum += s;
                } else {
                    attProd *= 1 - s;
                    attSum += s;
                }
            }
            Adjacency ci = g.citations;
            for (int k = ci.off[x], e = ci.off[x + 1]; k < e; k++) {
                int s = ci.adj[k];
                if (rejected(s) || (skipKind == BY_CITATION && skipId == s)) continue;
                double w = g.citationStrength(s, p);
                supProd *= 1 - w;
                supSum += w;
            }
        } else {
            int a = x - n;
            base = g.argumentBase(a, p);
            Adjacency pr = g.premises;
            for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++) premiseFactor = Math.min(premiseFactor, strength[pr.adj[k]]);
        }
        Adjacency on = g.attacksOn;
        for (int k = on.off[x], e = on.off[x + 1]; k < e; k++) {
            int atk = on.adj[k];
            if (skipKind == BY_ATTACK && skipId == atk) continue;
            double s = strength[g.attackFrom[atk]];
            attProd *= 1 - s;
            attSum += s;
        }
        double result;
        if (p.semantics() == Semantics.DF_QUAD) {
            double va = 1 - attProd, vs = 1 - supProd;
            result = va >= vs ? base - base * (va - vs) : base + (1 - base) * (vs - va);
            if (Double.isNaN(va) || Double.isNaN(vs)) result = Double.NaN;
        } else {
            double energy = supSum - attSum;
            result = base - base * h(-energy) + (1 - base) * h(energy);
        }
        return result * premiseFactor;
    }

    private static double h(double x) {
        if (Double.isNaN(x)) return Double.NaN;
        double m = Math.max(0, x);
        return m * m / (1 + m * m);
    }

    // ---------------------------------------------------------------- grounded labelling

    /**
     * Grounded labelling by counting: a node is IN once all its attackers are OUT, OUT once one attacker is IN;
     * what is left is UNDEC. Linear in nodes plus attacks.
     */
    void labels() {
        if (all && forcedOut == null) {
            labelsOfEverything();
            return;
        }
        queueScratch();
        int nodes = regionSize();
        int head = 0, tail = 0;
        for (int i = 0; i < nodes; i++) label[regionNode(i)] = PENDING;
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            boolean out = forcedOut != null && forcedOut[x];
            int c = 0;
            Adjacency on = g.attacksOn;
            for (int k = on.off[x], e = on.off[x + 1]; k < e; k++) {
                int u = g.attackFrom[on.adj[k]];
                if (inRegion(u)) c++;
                else if (label[u] == IN) out = true;
                else if (label[u] == UNDEC) c++;
            }
            count[x] = c;
            if (out) {
                label[x] = OUT;
                queue[tail++] = x;
            }
        }
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            if (label[x] == PENDING && count[x] == 0) {
                label[x] = IN;
                queue[tail++] = x;
            }
        }
        while (head < tail) {
            int x = queue[head++];
            if (x >= n) continue; // arguments attack nothing
            boolean in = label[x] == IN;
            Adjacency by = g.attacksBy;
            for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) {
                int t = g.attackTarget[by.adj[k]];
                if (!inRegion(t) || label[t] != PENDING) continue;
                if (in) {
                    label[t] = OUT;
                    queue[tail++] = t;
                } else if (--count[t] == 0) {
                    label[t] = IN;
                    queue[tail++] = t;
                }
            }
        }
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            if (label[x] == PENDING) label[x] = UNDEC;
        }
    }

    /**
     * The same algorithm on the whole map, touching only nodes that take part in an attack: everything else is
     * IN at the cost of a memory fill. Most claims of a real map are never attacked.
     */
    private void labelsOfEverything() {
        if (count.length != v) count = new int[v];
        else Arrays.fill(count, 0);
        Arrays.fill(label, IN);
        int attacks = g.attackCount;
        int[] from = g.attackFrom, target = g.attackTarget;
        for (int k = 0; k < attacks; k++) {
            if (from[k] < 0) continue;
            int t = target[k];
            count[t]++;
            label[t] = PENDING;
        }
        int[] work = new int[Math.max(16, attacks)];
        int head = 0, tail = 0;
        for (int k = 0; k < attacks; k++) {
            int u = from[k];
            if (u >= 0 && label[u] == IN && count[u] == 0) {
                count[u] = -1; // queued once
                work[tail++] = u;
            }
        }
        while (head < tail) {
            int x = work[head++];
            if (x >= n) continue;
            boolean in = label[x] == IN;
            Adjacency by = g.attacksBy;
            for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) {
                int t = target[by.adj[k]];
                if (label[t] != PENDING) continue;
                if (in) label[t] = OUT;
                else if (--count[t] == 0) label[t] = IN;
                else continue;
                if (tail == work.length) work = Arrays.copyOf(work, work.length * 2);
                work[tail++] = t;
            }
        }
        for (int k = 0; k < attacks; k++) {
            if (from[k] < 0) continue;
            int t = target[k];
            if (label[t] == PENDING) label[t] = UNDEC;
        }
    }

    // ---------------------------------------------------------------- grounding

    /**
     * Least fixpoint of the AND/OR structure: a claim is grounded by a source that is not rejected (citation or
     * supporting evidence) or by a grounded argument; an argument is grounded when all its premises are.
     */
    void grounding() {
        queueScratch();
        int nodes = regionSize();
        int head = 0, tail = 0;
        for (int i = 0; i < nodes; i++) grounded[regionNode(i)] = false;
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            if (x < n) {
                if (hasLeaf(x)) {
                    grounded[x] = true;
                    queue[tail++] = x;
                    continue;
                }
                Adjacency af = g.argumentsFor;
                for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) {
                    int a = n + af.adj[k];
                    if (!inRegion(a) && grounded[a]) {
                        grounded[x] = true;
                        queue[tail++] = x;
                        break;
                    }
                }
            } else {
                int a = x - n, need = 0;
                Adjacency pr = g.premises;
                for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++) {
                    int c = pr.adj[k];
                    if (inRegion(c)) need++;
                    else if (!grounded[c]) need = Integer.MAX_VALUE / 2;
                }
                count[x] = need;
                if (need == 0) {
                    grounded[x] = true;
                    queue[tail++] = x;
                }
            }
        }
        while (head < tail) {
            int x = queue[head++];
            if (x < n) {
                Adjacency po = g.premiseOf;
                for (int k = po.off[x], e = po.off[x + 1]; k < e; k++) {
                    int a = n + po.adj[k];
                    if (inRegion(a) && !grounded[a] && --count[a] == 0) {
                        grounded[a] = true;
                        queue[tail++] = a;
                    }
                }
            } else {
                int c = g.conclusion[x - n];
                if (inRegion(c) && !grounded[c]) {
                    grounded[c] = true;
                    queue[tail++] = c;
                }
            }
        }
    }

    private boolean hasLeaf(int c) {
        Adjacency ci = g.citations;
        for (int k = ci.off[c], e = ci.off[c + 1]; k < e; k++) if (!rejected(ci.adj[k])) return true;
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[c], e = ev.off[c + 1]; k < e; k++) {
            int item = ev.adj[k];
            if (g.evidenceFor[item] && !rejected(g.evidenceSource[item])) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- critical and contested sources

    /**
     * Critical sources (the intersection over a claim's grounded alternatives; an argument's is the union over
     * its premises) and contested sources (the union over every supporting path), in dependency order. Inside a
     * cycle of support, critical sets are the greatest fixpoint from "every source", contested sets the least.
     */
    void dependencies() {
        components(false);
        for (int c = 0; c < comps; c++) {
            int from = compStart[c], to = compStart[c + 1];
            if (!cyclic(c, false)) {
                int x = order[from];
                critical[x] = grounded[x] ? critical(x) : null;
                contestedSets[x] = contested(x);
                continue;
            }
            for (int i = from; i < to; i++) {
                int x = order[i];
                critical[x] = grounded[x] ? SourceSets.TOP : null;
                contestedSets[x] = null;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = from; i < to; i++) {
                    int x = order[i];
                    if (grounded[x]) {
                        int[] nc = critical(x);
                        if (!SourceSets.same(nc, critical[x])) {
                            critical[x] = nc;
                            changed = true;
                        }
                    }
                    int[] ns = contested(x);
                    if (!sameOrNull(ns, contestedSets[x])) {
                        contestedSets[x] = ns;
                        changed = true;
                    }
                }
            }
            for (int i = from; i < to; i++) if (critical[order[i]] == SourceSets.TOP) critical[order[i]] = SourceSets.EMPTY;
        }
    }

    private static boolean sameOrNull(int @Nullable [] a, int @Nullable [] b) {
        if (a == null || b == null) return a == b;
        return SourceSets.same(a, b);
    }

    int[] single(int s) {
        if (singles == null) singles = new int[g.sources][];
        int[] r = singles[s];
        if (r == null) singles[s] = r = new int[] {s};
        return r;
    }

    private int[] critical(int x) {
        if (x >= n) {
            int a = x - n;
            int[] acc = SourceSets.EMPTY;
            Adjacency pr = g.premises;
            for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++) {
                int[] c = critical[pr.adj[k]];
                if (c != null) acc = SourceSets.union(acc, c);
            }
            return acc;
        }
        int[] acc = SourceSets.TOP;
        Adjacency ci = g.citations;
        for (int k = ci.off[x], e = ci.off[x + 1]; k < e; k++) {
            int s = ci.adj[k];
            if (rejected(s)) continue;
            acc = SourceSets.intersect(acc, single(s));
            if (acc.length == 0 && acc != SourceSets.TOP) return SourceSets.EMPTY;
        }
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[x], e = ev.off[x + 1]; k < e; k++) {
            int item = ev.adj[k];
            int s = g.evidenceSource[item];
            if (!g.evidenceFor[item] || rejected(s)) continue;
            acc = SourceSets.intersect(acc, single(s));
            if (acc.length == 0 && acc != SourceSets.TOP) return SourceSets.EMPTY;
        }
        Adjacency af = g.argumentsFor;
        for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) {
            int a = n + af.adj[k];
            if (!grounded[a]) continue;
            acc = SourceSets.intersect(acc, critical[a]);
            if (acc.length == 0 && acc != SourceSets.TOP) return SourceSets.EMPTY;
        }
        return acc;
    }

    private int @Nullable [] contested(int x) {
        int[] acc = null;
        if (x >= n) {
            int a = x - n;
            Adjacency pr = g.premises;
            for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++) acc = join(acc, contestedSets[pr.adj[k]]);
            return acc;
        }
        Adjacency ci = g.citations;
        for (int k = ci.off[x], e = ci.off[x + 1]; k < e; k++) {
            int s = ci.adj[k];
            if (g.contested[s] && !rejected(s)) acc = join(acc, single(s));
        }
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[x], e = ev.off[x + 1]; k < e; k++) {
            int item = ev.adj[k];
            int s = g.evidenceSource[item];
            if (g.evidenceFor[item] && g.contested[s] && !rejected(s)) acc = join(acc, single(s));
        }
        Adjacency af = g.argumentsFor;
        for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) acc = join(acc, contestedSets[n + af.adj[k]]);
        return acc;
    }

    private static int @Nullable [] join(int @Nullable [] a, int @Nullable [] b) {
        if (a == null) return b;
        if (b == null) return a;
        return SourceSets.union(a, b);
    }
}
