package org.disputatio.evaluation;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The algorithms, all linear or near-linear, over int arrays. Each phase runs either on every node or on a
 * region: the nodes a change can reach, closed under the phase's forward edges. Values outside the region are
 * read as fixed inputs, so one code path serves both full and incremental evaluation.
 */
final class Engine {
    static final byte IN = 0, OUT = 1, UNDEC = 2, PENDING = 3, QUEUED_IN = 4;
    static final int FORWARD_ALL = 0, FORWARD_SUPPORT = 1, FORWARD_ATTACK = 2;

    final Graph g;
    final EvaluationPolicy p;
    final boolean @Nullable [] rejected;
    /** Sources out of play: rejected, or known only through a rejected source. */
    final boolean @Nullable [] unavailable;

    final int n; // claims
    final int v; // nodes

    // results
    double[] strength;
    byte[] label;
    boolean[] grounded;
    /** Support that does not reach a node only through itself (ADR 029); null until computed. */
    boolean @Nullable [] founded;

    int[] @Nullable [] critical; // null entries: not grounded
    int[] @Nullable [] contestedSets; // null entries: none
    boolean @Nullable [] forcedOut;

    // scratch, reused between runs through epochs
    private int[] regionMark = new int[0];
    private int regionEpoch;
    private boolean all = true;
    private int[] region = new int[0];
    private int regionSize;
    private int[] visitMark = new int[0],
            index = new int[0],
            low = new int[0],
            onStack = new int[0],
            frameNode = new int[0],
            framePos = new int[0],
            sstack = new int[0],
            queue = new int[0],
            count = new int[0],
            alive = new int[0];
    private int visitEpoch;
    int[] order = new int[0];
    boolean @Nullable [] baseGrounded;
    int[] compStart = new int[16];
    int comps;
    private int acyclicPrefix;
    private int[] @Nullable [] singles;

    Engine(Graph g, EvaluationPolicy p, boolean @Nullable [] rejected) {
        this(g, p, rejected, new double[g.nodes()]);
        label = new byte[v];
        grounded = new boolean[v];
        founded = new boolean[v];
        critical = new int[v][];
        contestedSets = new int[v][];
    }

    /** An engine that only evaluates nodes from the given strengths (for explanations). */
    Engine(Graph g, EvaluationPolicy p, boolean @Nullable [] rejected, double[] strength) {
        this.g = g;
        this.p = p;
        this.rejected = rejected;
        this.unavailable = g.unavailable(rejected);
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
        order = new int[v];
    }

    /** Scratch for the search itself, sized by the nodes it may visit (a region is usually small). */
    private void searchScratch(int nodes) {
        if (visitMark.length != v) {
            visitMark = new int[v];
            index = new int[v];
            low = new int[v];
            onStack = new int[v];
        }
        if (sstack.length < nodes) {
            frameNode = new int[nodes];
            framePos = new int[nodes];
            sstack = new int[nodes];
        }
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
        founded();
        strengths();
        grounding();
        if (baseGrounded != null) {
            forcedOut = new boolean[v];
            for (int x = 0; x < v; x++) forcedOut[x] = baseGrounded[x] && !grounded[x];
        }
        labels();
        dependencies(true);
    }

    int regionSize() {
        return all ? v : regionSize;
    }

    /** Whether source {@code s} is out of play: rejected, or known only through a rejected source. */
    boolean rejected(int s) {
        return unavailable != null && unavailable[s];
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
        int c = x < n
                ? g.argumentsFor.off[x + 1] - g.argumentsFor.off[x]
                : g.premises.off[x - n + 1] - g.premises.off[x - n];
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
        return components(withAttacks, 0);
    }

    /** As {@link #components(boolean)}, appending after the first {@code start} entries of the order. */
    private int components(boolean withAttacks, int start) {
        componentScratch();
        if (compStart.length < v + 1) compStart = new int[v + 1];
        visitEpoch++;
        int counter = 0, sp = 0, ordered = start;
        comps = start;
        acyclicPrefix = start;
        int roots = all ? v : regionSize;
        searchScratch(roots);
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
        if (c < acyclicPrefix) return false;
        int from = compStart[c], to = compStart[c + 1];
        return to - from > 1 || dependsOnItself(order[from], withAttacks);
    }

    // ---------------------------------------------------------------- strength

    void strengths() {
        if (all) evaluateAcyclicPartFirst();
        else components(true);
        double[] next = new double[0];
        for (int c = acyclicPrefix; c < comps; c++) {
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
            if (!converged) converged = integrate(from, to);
            if (!converged) for (int i = from; i < to; i++) strength[order[i]] = Double.NaN;
        }
    }

    /** Step size of the Runge-Kutta integration; Potyka (KR 2018) integrates with small fixed steps. */
    private static final double STEP = 0.1;

    /**
     * A cyclic component the step-by-step iteration could not settle (it may oscillate, e.g. two claims rebutting
     * each other at prior 1.0) is integrated as a continuous system instead: ds/dt = f(s) - s, where f is the
     * semantics' update, from the base scores, with the classical fourth-order Runge-Kutta method (Potyka,
     * "Continuous dynamical systems for weighted bipolar argumentation", KR 2018). A limit of this flow is a
     * fixed point of f, so the strengths it reaches are the same kind of answer the iteration gives. It gets
     * ten times the iteration's budget of steps and converges when the largest |f(s) - s| is below epsilon.
     */
    private boolean integrate(int from, int to) {
        int size = to - from;
        double[] y = new double[size],
                k1 = new double[size],
                k2 = new double[size],
                k3 = new double[size],
                k4 = new double[size];
        for (int i = 0; i < size; i++) {
            int x = order[from + i];
            y[i] = x < n ? p.neutralPrior() : g.argumentBase(x - n, p);
        }
        long steps = 10L * p.maxIterations();
        for (long step = 0; step < steps; step++) {
            if (!derivative(from, y, null, 0, k1)) return false;
            double residual = 0;
            for (double d : k1) residual = Math.max(residual, Math.abs(d));
            if (residual < p.epsilon()) {
                for (int i = 0; i < size; i++) strength[order[from + i]] = y[i];
                return true;
            }
            if (!derivative(from, y, k1, STEP / 2, k2)
                    || !derivative(from, y, k2, STEP / 2, k3)
                    || !derivative(from, y, k3, STEP, k4)) return false;
            for (int i = 0; i < size; i++) y[i] = clamp(y[i] + STEP / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]));
        }
        return false;
    }

    /** out = f(y + h k) - (y + h k) over the component; false on NaN (an input that did not converge). */
    private boolean derivative(int from, double[] y, double @Nullable [] k, double h, double[] out) {
        int size = y.length;
        for (int i = 0; i < size; i++) strength[order[from + i]] = clamp(k == null ? y[i] : y[i] + h * k[i]);
        for (int i = 0; i < size; i++) {
            int x = order[from + i];
            out[i] = evaluate(x, -1, -1) - strength[x];
            if (Double.isNaN(out[i])) return false;
        }
        return true;
    }

    private static double clamp(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    /**
     * Kahn's algorithm: evaluates every node whose dependencies are all evaluated, in one pass over the edges.
     * On a real map that is nearly everything; only the nodes in or behind a cycle are left, and only those go
     * through the component search. The evaluated nodes become single-node components at the front of the
     * order, so {@link #dependencies} can reuse it.
     */
    private void evaluateAcyclicPartFirst() {
        componentScratch();
        queueScratch();
        if (compStart.length < v + 1) compStart = new int[v + 1];
        int[] pending = count;
        int tail = 0;
        for (int x = 0; x < v; x++) {
            int d = depCount(x, true);
            pending[x] = d;
            if (d == 0) order[tail++] = x;
        }
        Adjacency po = g.premiseOf, by = g.attacksBy;
        int[] target = g.attackTarget;
        for (int head = 0; head < tail; head++) {
            int x = order[head];
            strength[x] = evaluate(x, -1, -1);
            if (x < n) {
                for (int k = po.off[x], e = po.off[x + 1]; k < e; k++) {
                    int y = n + po.adj[k];
                    if (--pending[y] == 0) order[tail++] = y;
                }
                for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) {
                    int y = target[by.adj[k]];
                    if (--pending[y] == 0) order[tail++] = y;
                }
            } else {
                int y = g.conclusion[x - n];
                if (--pending[y] == 0) order[tail++] = y;
            }
        }
        for (int i = 0; i < tail; i++) compStart[i] = i;
        if (tail == v) {
            comps = acyclicPrefix = tail;
            compStart[comps] = tail;
            return;
        }
        regionScratch();
        regionEpoch++;
        regionSize = 0;
        if (region.length < 64) region = new int[64];
        for (int x = 0; x < v; x++) if (pending[x] > 0) mark(x);
        all = false;
        components(true, tail);
        all = true;
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
                if (founded != null && founded.length > 0 && !founded[n + a]) continue; // circular: adds nothing
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
            for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++)
                premiseFactor = Math.min(premiseFactor, strength[pr.adj[k]]);
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
     * The structured grounded labelling (ADR 029), by counting, in time linear in nodes plus edges. Claims and
     * arguments are labelled together, as the least fixpoint of:
     * <ul>
     *   <li>an argument is IN when all its premises are IN and all its undercutters OUT; OUT when a premise is
     *       OUT, an undercutter IN, or its support is circular (not {@link #founded});
     *   <li>a claim is IN when all its attackers (rebut, undermine) are OUT and it stands: on its proponent's
     *       word or a source, or, when arguments conclude it and it has no source, through an argument that is
     *       IN; it is OUT when an attacker is IN, or when it stands only through arguments and all are OUT;
     *   <li>in a what-if, whatever lost its grounding to the rejection is OUT.
     * </ul>
     * A claim's proof standard (ADR 031) decides what may carry it: a source, or its being stated, only when its
     * weight meets the standard, and only arguments whose strength meets it; the others count as if absent.
     * What is left is UNDEC. On a map without arguments and evidence, under the default standard, this is Dung's
     * grounded labelling.
     */
    void labels() {
        queueScratch();
        if (alive.length != v) alive = new int[v];
        int nodes = regionSize();
        int head = 0, tail = 0;
        for (int i = 0; i < nodes; i++) label[regionNode(i)] = PENDING;
        Adjacency on = g.attacksOn, by = g.attacksBy, af = g.argumentsFor, pr = g.premises, po = g.premiseOf;
        recordWeighing();
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            boolean out = forcedOut != null && forcedOut[x];
            int pending = 0;
            for (int k = on.off[x], e = on.off[x + 1]; k < e; k++) {
                int u = g.attackFrom[on.adj[k]];
                if (inRegion(u) || label[u] == UNDEC) pending++;
                else if (label[u] == IN) out = true;
            }
            if (x < n) {
                // sufficient arguments not yet OUT, when the claim needs one of them IN; -1: it does not
                int left = -1;
                if (!standsWithoutArgument(x)) {
                    left = 0;
                    for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) {
                        int y = n + af.adj[k];
                        if (!sufficient(y)) continue; // too light for the claim's standard: it cannot carry it
                        if (inRegion(y) || label[y] == UNDEC) left++;
                        else if (label[y] == IN) {
                            left = -1;
                            break;
                        }
                    }
                    if (left == 0) out = true;
                    else if (left > 0) pending++; // one unit: some argument must come IN
                }
                alive[x] = left;
            } else {
                int a = x - n;
                if (founded != null && founded.length == v && !founded[x]) out = true;
                for (int k = pr.off[a], e = pr.off[a + 1]; k < e; k++) {
                    int c = pr.adj[k];
                    if (inRegion(c) || label[c] == UNDEC) pending++;
                    else if (label[c] == OUT) out = true;
                }
            }
            count[x] = pending;
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
            boolean in = label[x] == IN;
            if (x < n) {
                for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) {
                    int t = g.attackTarget[by.adj[k]];
                    if (!inRegion(t) || label[t] != PENDING) continue;
                    if (in) label[t] = OUT;
                    else if (--count[t] == 0) label[t] = IN;
                    else continue;
                    queue[tail++] = t;
                }
                for (int k = po.off[x], e = po.off[x + 1]; k < e; k++) {
                    int y = n + po.adj[k];
                    if (!inRegion(y) || label[y] != PENDING) continue;
                    if (!in) label[y] = OUT;
                    else if (--count[y] == 0) label[y] = IN;
                    else continue;
                    queue[tail++] = y;
                }
            } else {
                int c = g.conclusion[x - n];
                if (!inRegion(c) || label[c] != PENDING || alive[c] < 0 || !sufficient(x)) continue;
                if (in) {
                    alive[c] = -1;
                    if (--count[c] != 0) continue;
                    label[c] = IN;
                } else {
                    if (--alive[c] != 0) continue;
                    label[c] = OUT;
                }
                queue[tail++] = c;
            }
        }
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            if (label[x] == PENDING) label[x] = UNDEC;
        }
    }

    /**
     * Dung's grounded labelling of the argument-level framework alone (claims and arguments as abstract
     * arguments, the map's attacks as the only edges, support ignored), on the whole map, touching only nodes
     * that take part in an attack: everything else is IN at the cost of a memory fill. This is the framework the
     * comparison with TweetyProject checks; the map's own labels are {@link #labels()}.
     */
    void dungLabels() {
        int[] slot = g.targetSlots(); // attack -> number of its target among attacked nodes
        int[] count = new int[g.distinctTargets()];
        Arrays.fill(label, IN);
        int attacks = g.attackCount;
        int[] from = g.attackFrom, target = g.attackTarget;
        for (int k = 0; k < attacks; k++) {
            if (from[k] < 0) continue;
            count[slot[k]]++;
            label[target[k]] = PENDING;
        }
        int[] work = new int[Math.max(16, attacks)];
        int head = 0, tail = 0;
        for (int k = 0; k < attacks; k++) {
            int u = from[k];
            if (u >= 0 && label[u] == IN) {
                label[u] = QUEUED_IN;
                work[tail++] = u;
            }
        }
        int unattackedAttackers = tail;
        Adjacency by = g.attacksBy;
        while (head < tail) {
            int x = work[head++];
            if (x >= n) continue;
            boolean in = label[x] != OUT;
            for (int k = by.off[x], e = by.off[x + 1]; k < e; k++) {
                int atk = by.adj[k];
                int t = target[atk];
                if (label[t] != PENDING) continue;
                if (in) label[t] = OUT;
                else if (--count[slot[atk]] == 0) label[t] = IN;
                else continue;
                if (tail == work.length) work = Arrays.copyOf(work, work.length * 2);
                work[tail++] = t;
            }
        }
        for (int i = 0; i < unattackedAttackers; i++) label[work[i]] = IN;
        for (int k = 0; k < attacks; k++) {
            if (from[k] < 0) continue;
            int t = target[k];
            if (label[t] == PENDING) label[t] = UNDEC;
        }
    }

    // ---------------------------------------------------------------- grounding

    /**
     * Least fixpoint of the AND/OR structure: a claim is grounded by a source that is not rejected (citation,
     * supporting evidence, or its proponent's word when it is an uncited assertion) or by a grounded argument; an
     * argument is grounded when it has premises and all of them are (one without premises grounds nothing).
     */
    void grounding() {
        support(grounded, false);
    }

    /**
     * The same fixpoint, where a claim no argument concludes is a base of its own (it stands on its proponent's
     * word or its sources): an argument is founded when all its premises are, a claim concluded by arguments
     * when it has a source or a founded argument. What is not founded reaches its conclusion only through
     * itself ("c because c"), and adds nothing to its strength (ADR 029).
     */
    void founded() {
        if (founded == null || founded.length != v) founded = new boolean[v];
        support(founded, true);
    }

    private void support(boolean[] grounded, boolean foundedMode) {
        queueScratch();
        int nodes = regionSize();
        int head = 0, tail = 0;
        for (int i = 0; i < nodes; i++) grounded[regionNode(i)] = false;
        for (int i = 0; i < nodes; i++) {
            int x = regionNode(i);
            if (x < n) {
                if (foundedMode ? !g.standsOnArguments(x) || hasLeaf(x) : hasLeaf(x)) {
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
                if (!foundedMode && pr.off[a] == pr.off[a + 1]) need = Integer.MAX_VALUE / 2;
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

    // ---------------------------------------------------------------- proof standards (ADR 031)

    /**
     * What the last labelling decided by weighing, per node: a claim stands without an argument; an argument is
     * sufficient for its conclusion. Kept so that a change of values (a rating, a grade) relabels only when it
     * changed one of these decisions: otherwise no label can change.
     */
    private boolean[] weighed = new boolean[0];

    /** Records the weighing of every claim in the region and of every argument concluding one. */
    private void recordWeighing() {
        if (weighed.length != v) {
            weighed = new boolean[v];
            if (!all) throw new IllegalStateException("the first labelling covers every node");
        }
        Adjacency af = g.argumentsFor;
        for (int i = 0, nodes = regionSize(); i < nodes; i++) {
            int x = regionNode(i);
            if (x >= n) continue;
            weighed[x] = standsWithoutArgument(x);
            for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) weighed[n + af.adj[k]] = sufficient(n + af.adj[k]);
        }
    }

    /**
     * The claims of the current region whose weighing is no longer what the last labelling recorded, after their
     * strengths or weights changed: the only places a change of values can start a change of labels.
     */
    int[] reweighed() {
        int[] out = new int[0];
        int count = 0;
        Adjacency af = g.argumentsFor;
        for (int i = 0, nodes = regionSize(); i < nodes; i++) {
            int x = regionNode(i);
            if (x >= n) continue;
            boolean changed = weighed[x] != standsWithoutArgument(x);
            for (int k = af.off[x], e = af.off[x + 1]; k < e && !changed; k++)
                changed = weighed[n + af.adj[k]] != sufficient(n + af.adj[k]);
            if (changed) {
                if (count == out.length) out = Arrays.copyOf(out, Math.max(4, count * 2));
                out[count++] = x;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /**
     * The weight of a claim stated with no source and no argument, and of a proponent's word: what an ungraded
     * source's citation weighs (the proponent's word is a source, ADR 029).
     */
    double statedWeight() {
        return p.neutralPrior() * p.ungradedSourceWeight();
    }

    /**
     * The weight of the best pro "argument" of claim {@code c} that is a source in play (Carneades: evidence is an
     * argument whose only premise is the source): a citation, supporting evidence or the proponent's word, each
     * weighing what it adds to the strength. -1 when there is none.
     */
    double leafWeight(int c) {
        double best = -1;
        Adjacency ci = g.citations;
        for (int k = ci.off[c], e = ci.off[c + 1]; k < e; k++)
            if (!rejected(ci.adj[k])) best = Math.max(best, g.citationStrength(ci.adj[k], p));
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[c], e = ev.off[c + 1]; k < e; k++) {
            int item = ev.adj[k];
            if (g.evidenceFor[item] && !rejected(g.evidenceSource[item]))
                best = Math.max(best, g.evidenceStrength(item, p));
        }
        int word = g.proponentWord(c);
        if (word >= 0 && !rejected(word)) best = Math.max(best, statedWeight());
        return best;
    }

    /**
     * The weight of the best applicable con argument of claim {@code c}: counter-evidence in play. Attacks are not
     * weighed: an attacker IN defeats the claim whatever its standard (ADR 029), and one that is not IN is not
     * applicable. -1 when there is none.
     */
    double conWeight(int c) {
        double best = -1;
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[c], e = ev.off[c + 1]; k < e; k++) {
            int item = ev.adj[k];
            if (!g.evidenceFor[item] && !rejected(g.evidenceSource[item]))
                best = Math.max(best, g.evidenceStrength(item, p));
        }
        return best;
    }

    /** Whether a pro argument of weight {@code pro} meets claim {@code c}'s standard against its con arguments. */
    boolean meets(int c, double pro) {
        double con = conWeight(c);
        return g.standard[c].meets(pro, Math.max(0, con), con >= 0);
    }

    /**
     * Claim {@code c} stands without any argument: its best source in play, or, when it has neither a source nor an
     * argument, its being stated, meets its standard. Under scintilla this is ADR 029's "asserted or sourced".
     */
    boolean standsWithoutArgument(int c) {
        double leaf = leafWeight(c);
        if (leaf >= 0) return meets(c, leaf);
        return !g.standsOnArguments(c) && meets(c, statedWeight());
    }

    /** Argument node {@code y} weighs enough for its conclusion's standard; its weight is its strength. */
    boolean sufficient(int y) {
        return meets(g.conclusion[y - n], strength[y]);
    }

    /** Claim {@code c} has a source in play: a citation, supporting evidence, or its proponent's word. */
    boolean hasLeaf(int c) {
        Adjacency ci = g.citations;
        for (int k = ci.off[c], e = ci.off[c + 1]; k < e; k++) if (!rejected(ci.adj[k])) return true;
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[c], e = ev.off[c + 1]; k < e; k++) {
            int item = ev.adj[k];
            if (g.evidenceFor[item] && !rejected(g.evidenceSource[item])) return true;
        }
        int word = g.proponentWord(c);
        return word >= 0 && !rejected(word);
    }

    // ---------------------------------------------------------------- critical and contested sources

    /**
     * Critical sources (the intersection over a claim's grounded alternatives; an argument's is the union over
     * its premises) and contested sources (the union over every supporting path), in dependency order. Inside a
     * cycle of support, critical sets are the greatest fixpoint from "every source", contested sets the least.
     */
    void dependencies() {
        dependencies(false);
    }

    /**
     * @param reuseStrengthOrder the components of the last {@link #strengths()} run on the same region are a
     *     valid order here too (support edges are a subset of strength edges); reusing them saves a search
     */
    private void dependencies(boolean reuseStrengthOrder) {
        if (!reuseStrengthOrder) components(false);
        for (int c = 0; c < comps; c++) {
            int from = compStart[c], to = compStart[c + 1];
            if (!cyclic(c, reuseStrengthOrder)) {
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
            for (int i = from; i < to; i++)
                if (critical[order[i]] == SourceSets.TOP) critical[order[i]] = SourceSets.EMPTY;
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
            acc = SourceSets.intersect(acc, g.chain[s]);
            if (acc.length == 0 && acc != SourceSets.TOP) return SourceSets.EMPTY;
        }
        int word = g.proponentWord(x);
        if (word >= 0 && !rejected(word)) acc = SourceSets.intersect(acc, g.chain[word]);
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[x], e = ev.off[x + 1]; k < e; k++) {
            int item = ev.adj[k];
            int s = g.evidenceSource[item];
            if (!g.evidenceFor[item] || rejected(s)) continue;
            acc = SourceSets.intersect(acc, g.chain[s]);
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
            if (!rejected(s)) acc = joinContested(acc, s);
        }
        Adjacency ev = g.evidenceOn;
        for (int k = ev.off[x], e = ev.off[x + 1]; k < e; k++) {
            int item = ev.adj[k];
            int s = g.evidenceSource[item];
            if (g.evidenceFor[item] && !rejected(s)) acc = joinContested(acc, s);
        }
        Adjacency af = g.argumentsFor;
        for (int k = af.off[x], e = af.off[x + 1]; k < e; k++) acc = join(acc, contestedSets[n + af.adj[k]]);
        return acc;
    }

    /** Adds the contested sources among {@code s} and the sources it is known through. */
    private int @Nullable [] joinContested(int @Nullable [] acc, int s) {
        for (int t : g.chain[s]) if (g.contested[t]) acc = join(acc, single(t));
        return acc;
    }

    private static int @Nullable [] join(int @Nullable [] a, int @Nullable [] b) {
        if (a == null) return b;
        if (b == null) return a;
        return SourceSets.union(a, b);
    }
}
