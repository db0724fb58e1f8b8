package org.disputatio.evaluation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.maps.ProofStandard;
import org.jspecify.annotations.Nullable;

/**
 * The result of evaluating one snapshot under one policy (and possibly some rejected sources). Strengths,
 * labels, grounding, critical and contested sources are computed up front; minimal support sets and
 * explanations when first asked for.
 */
public final class Evaluation {
    private final MapSnapshot snapshot;
    private final EvaluationPolicy policy;
    final Graph g;
    final boolean @Nullable [] rejected;
    final double[] strength;
    final byte[] label;
    final boolean[] grounded;
    final boolean[] founded;
    final boolean @Nullable [] unavailable;
    final boolean @Nullable [] forcedOut;
    final int[] @Nullable [] critical;
    final int[] @Nullable [] contestedSets;
    /**
     * Computed when first asked for. An incremental evaluation whose change cannot move any support set (a rating,
     * a grade, a contestation, with the same grounding) takes its predecessor's holder instead
     * ({@link #shareSupportSetsOf}): at 100k claims computing them is most of the cost of reading one claim's
     * assessment after a rating (docs/benchmarks.md).
     */
    private LazySupportSets supportSets;

    Evaluation(MapSnapshot snapshot, EvaluationPolicy policy, boolean @Nullable [] rejected, Engine e) {
        this(
                snapshot,
                policy,
                rejected,
                e.strength,
                e.label,
                e.grounded,
                e.founded == null ? new boolean[e.v] : e.founded,
                e.critical,
                e.contestedSets,
                e.forcedOut);
    }

    Evaluation(
            MapSnapshot snapshot,
            EvaluationPolicy policy,
            boolean @Nullable [] rejected,
            double[] strength,
            byte[] label,
            boolean[] grounded,
            boolean[] founded,
            int[] @Nullable [] critical,
            int[] @Nullable [] contestedSets,
            boolean @Nullable [] forcedOut) {
        this.snapshot = snapshot;
        this.policy = policy;
        this.g = snapshot.graph;
        this.rejected = rejected;
        this.strength = strength;
        this.label = label;
        this.grounded = grounded;
        this.founded = founded;
        this.unavailable = g.unavailable(rejected);
        this.critical = critical;
        this.contestedSets = contestedSets;
        this.forcedOut = forcedOut;
        this.supportSets = new LazySupportSets(g, policy, rejected, grounded);
    }

    /**
     * Takes the support sets of an earlier evaluation of the same structure, computed or not. Only for a caller
     * that knows nothing they depend on changed in between: the graph's claims, arguments, premises, citations,
     * evidence sources and stances, source chains, the policy, the rejected sources, and the grounding (compared
     * here). Called before this evaluation is given out.
     */
    boolean shareSupportSetsOf(Evaluation earlier) {
        if (earlier.policy != policy
                || !Arrays.equals(earlier.rejected, rejected)
                || !Arrays.equals(earlier.grounded, grounded)) {
            return false;
        }
        supportSets = earlier.supportSets;
        return true;
    }

    public MapSnapshot snapshot() {
        return snapshot;
    }

    public EvaluationPolicy policy() {
        return policy;
    }

    /** The rejected source ids this evaluation ran with, sorted. */
    public List<String> rejectedSources() {
        List<String> r = new ArrayList<>();
        if (rejected != null) for (int s = 0; s < g.sources; s++) if (rejected[s]) r.add(g.sourceIds[s]);
        r.sort(null);
        return r;
    }

    // ------------------------------------------------------------ cheap per-claim lookups

    public OptionalDouble strength(String claimId) {
        return value(g.claim(claimId));
    }

    public Label label(String claimId) {
        return label(g.claim(claimId), this.label);
    }

    /** The claim's proof standard (ADR 031). */
    public ProofStandard standard(String claimId) {
        return g.standard[g.claim(claimId)];
    }

    public boolean grounded(String claimId) {
        return grounded[g.claim(claimId)];
    }

    public List<String> criticalSources(String claimId) {
        return sourceIds(critical[g.claim(claimId)]);
    }

    public List<String> contestedSources(String claimId) {
        return sourceIds(contestedSets[g.claim(claimId)]);
    }

    public boolean dependsOnContested(String claimId) {
        return contestedSets[g.claim(claimId)] != null;
    }

    // ------------------------------------------------------------ full records

    /** Every claim, in the order the snapshot declared them. Computes support sets on the first call. */
    public List<ClaimAssessment> claims() {
        List<ClaimAssessment> r = new ArrayList<>(g.claims);
        for (int c = 0; c < g.claims; c++) r.add(assess(c));
        return r;
    }

    /**
     * Only these claims (ids the map does not have are left out), in the order the snapshot declared them: reads
     * no other claim's assessment, so a client asking for a few claims of a large map pays for those few.
     */
    public List<ClaimAssessment> claims(Collection<String> claimIds) {
        return indexes(claimIds).stream().map(this::assess).toList();
    }

    /** The arguments concluding one of these claims, in the order the snapshot declared them. */
    public List<ArgumentAssessment> argumentsConcluding(Collection<String> claimIds) {
        List<Integer> arguments = new ArrayList<>();
        for (int c : indexes(claimIds))
            for (int k = g.argumentsFor.start(c); k < g.argumentsFor.end(c); k++) arguments.add(g.argumentsFor.adj[k]);
        arguments.sort(null);
        return arguments.stream().distinct().map(this::assessArgument).toList();
    }

    private List<Integer> indexes(Collection<String> claimIds) {
        TreeSet<Integer> found = new TreeSet<>();
        for (String id : claimIds) {
            Integer c = g.claimIndex.get(id);
            if (c != null) found.add(c);
        }
        return List.copyOf(found);
    }

    public ClaimAssessment claim(String claimId) {
        return assess(g.claim(claimId));
    }

    public List<ArgumentAssessment> arguments() {
        List<ArgumentAssessment> r = new ArrayList<>(g.arguments);
        for (int a = 0; a < g.arguments; a++) r.add(assessArgument(a));
        return r;
    }

    public ArgumentAssessment argument(String argumentId) {
        return assessArgument(g.argument(argumentId));
    }

    /** Every source on any supporting path of the claim (AND over premises, OR over alternatives), sorted. */
    public List<String> sourcesOf(String claimId) {
        int start = g.claim(claimId);
        boolean[] seen = new boolean[g.nodes()];
        Set<String> out = new TreeSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        todo.add(start);
        seen[start] = true;
        while (!todo.isEmpty()) {
            int x = todo.poll();
            if (x < g.claims) {
                for (int k = g.citations.start(x); k < g.citations.end(x); k++)
                    if (!isRejected(g.citations.adj[k])) out.add(g.sourceIds[g.citations.adj[k]]);
                for (int k = g.evidenceOn.start(x); k < g.evidenceOn.end(x); k++) {
                    int item = g.evidenceOn.adj[k];
                    if (g.evidenceFor[item] && !isRejected(g.evidenceSource[item]))
                        out.add(g.sourceIds[g.evidenceSource[item]]);
                }
                int word = g.proponentWord(x);
                if (word >= 0 && !isRejected(word)) out.add(g.sourceIds[word]);
                for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++)
                    visit(g.claims + g.argumentsFor.adj[k], seen, todo);
            } else {
                int a = x - g.claims;
                for (int k = g.premises.start(a); k < g.premises.end(a); k++) visit(g.premises.adj[k], seen, todo);
            }
        }
        return List.copyOf(out);
    }

    private static void visit(int x, boolean[] seen, ArrayDeque<Integer> todo) {
        if (!seen[x]) {
            seen[x] = true;
            todo.add(x);
        }
    }

    private ClaimAssessment assess(int c) {
        SupportSets sets = supportSets();
        List<List<String>> family = new ArrayList<>();
        for (int[] set : sets.family[c]) family.add(sourceIds(set));
        int[] contested = contestedSets[c];
        return new ClaimAssessment(
                g.claimIds[c],
                value(c),
                !Double.isNaN(strength[c]),
                label(c, label),
                standsOn(c),
                g.standard[c],
                grounded[c],
                contested != null,
                sourceIds(contested),
                sourceIds(critical[c]),
                List.copyOf(family),
                sets.truncated[c]);
    }

    private ArgumentAssessment assessArgument(int a) {
        int x = g.claims + a;
        List<String> premises = new ArrayList<>();
        for (int k = g.premises.start(a); k < g.premises.end(a); k++) premises.add(g.claimIds[g.premises.adj[k]]);
        return new ArgumentAssessment(
                g.argumentIds[a],
                g.claimIds[g.conclusion[a]],
                List.copyOf(premises),
                value(x),
                !Double.isNaN(strength[x]),
                label(x, label),
                grounded[x],
                sourceIds(critical[x]));
    }

    SupportSets supportSets() {
        return supportSets.get();
    }

    /**
     * Support sets computed once from the inputs they were made for, then shared by every evaluation given the
     * holder. Holds those inputs, never an earlier evaluation, so sharing does not chain evaluations in memory.
     */
    private static final class LazySupportSets {
        private final Graph g;
        private final EvaluationPolicy policy;
        private final boolean @Nullable [] rejected;
        private final boolean[] grounded;
        private volatile @Nullable SupportSets value;

        LazySupportSets(Graph g, EvaluationPolicy policy, boolean @Nullable [] rejected, boolean[] grounded) {
            this.g = g;
            this.policy = policy;
            this.rejected = rejected;
            this.grounded = grounded;
        }

        SupportSets get() {
            SupportSets s = value;
            if (s == null) {
                synchronized (this) {
                    s = value;
                    if (s == null) value = s = new SupportSets(g, policy, rejected, grounded);
                }
            }
            return s;
        }
    }

    // ------------------------------------------------------------ explanation

    /** Contributions, base score, grounding path, critical and contested sources of one claim. */
    public Explanation explain(String claimId) {
        int c = g.claim(claimId);
        Engine e = new Engine(g, policy, rejected, strength);
        e.founded = founded;
        List<Contribution> contributions = new ArrayList<>();
        double now = strength[c];
        for (int k = g.argumentsFor.start(c); k < g.argumentsFor.end(c); k++) {
            int a = g.argumentsFor.adj[k];
            contributions.add(new Contribution(
                    Contribution.Kind.ARGUMENT,
                    g.argumentIds[a],
                    g.argumentIds[a],
                    null,
                    Contribution.Role.SUPPORT,
                    value(g.claims + a),
                    effect(e, c, now, Engine.BY_ARGUMENT, a)));
        }
        for (int k = g.evidenceOn.start(c); k < g.evidenceOn.end(c); k++) {
            int item = g.evidenceOn.adj[k];
            int s = g.evidenceSource[item];
            if (isRejected(s)) continue;
            contributions.add(new Contribution(
                    Contribution.Kind.EVIDENCE,
                    g.evidenceIds[item],
                    g.evidenceIds[item],
                    g.sourceIds[s],
                    g.evidenceFor[item] ? Contribution.Role.SUPPORT : Contribution.Role.ATTACK,
                    OptionalDouble.of(g.evidenceStrength(item, policy)),
                    effect(e, c, now, Engine.BY_EVIDENCE, item)));
        }
        for (int k = g.citations.start(c); k < g.citations.end(c); k++) {
            int s = g.citations.adj[k];
            if (isRejected(s)) continue;
            contributions.add(new Contribution(
                    Contribution.Kind.CITATION,
                    g.sourceIds[s],
                    g.sourceIds[s],
                    g.sourceIds[s],
                    Contribution.Role.SUPPORT,
                    OptionalDouble.of(g.citationStrength(s, policy)),
                    effect(e, c, now, Engine.BY_CITATION, s)));
        }
        for (int k = g.attacksOn.start(c); k < g.attacksOn.end(c); k++) {
            int atk = g.attacksOn.adj[k];
            int from = g.attackFrom[atk];
            contributions.add(new Contribution(
                    Contribution.Kind.ATTACK,
                    g.attackIds[atk],
                    g.claimIds[from],
                    null,
                    Contribution.Role.ATTACK,
                    value(from),
                    effect(e, c, now, Engine.BY_ATTACK, atk)));
        }
        contributions.sort(Comparator.comparingDouble(
                (Contribution x) -> -Math.abs(x.effect().orElse(0))));
        List<Explanation.ContestedPath> contested = new ArrayList<>();
        int[] cs = contestedSets[c];
        if (cs != null)
            for (int s : cs) contested.add(new Explanation.ContestedPath(g.sourceIds[s], pathTo(c, s, false)));
        contested.sort(Comparator.comparing(Explanation.ContestedPath::sourceId));
        return new Explanation(
                g.claimIds[c],
                value(c),
                !Double.isNaN(now),
                label(c, label),
                reason(c),
                argumentReasons(c),
                standsOn(c),
                grounded[c],
                policy.neutralPrior(),
                "neutral prior of the policy: every claim starts there; its evidence, citations and arguments support it,"
                        + " counter-evidence and attacks weaken it (ADR 010)",
                List.copyOf(contributions),
                grounded[c] ? pathTo(c, -1, true) : List.of(),
                sourceIds(critical[c]),
                List.copyOf(contested));
    }

    private OptionalDouble effect(Engine e, int c, double now, int kind, int id) {
        if (Double.isNaN(now)) return OptionalDouble.empty();
        double without = e.evaluate(c, kind, id);
        return Double.isNaN(without) ? OptionalDouble.empty() : OptionalDouble.of(now - without);
    }

    /**
     * Shortest path from claim {@code c} down to source {@code s} (any source if {@code s < 0}); over grounded
     * arguments only when {@code groundedOnly}.
     */
    List<PathStep> pathTo(int c, int s, boolean groundedOnly) {
        Map<Integer, Integer> parent = new HashMap<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        parent.put(c, -1);
        todo.add(c);
        while (!todo.isEmpty()) {
            int x = todo.poll();
            if (x < g.claims) {
                List<PathStep> leaf = leafStep(x, s);
                if (leaf != null) {
                    List<PathStep> path = new ArrayList<>();
                    for (int y = x; y >= 0; y = parent.get(y))
                        path.add(
                                0,
                                new PathStep(y < g.claims ? PathStep.Kind.CLAIM : PathStep.Kind.ARGUMENT, g.nodeId(y)));
                    path.addAll(leaf);
                    return List.copyOf(path);
                }
                for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++) {
                    int a = g.claims + g.argumentsFor.adj[k];
                    if (groundedOnly && !grounded[a]) continue;
                    if (parent.putIfAbsent(a, x) == null) todo.add(a);
                }
            } else {
                int a = x - g.claims;
                for (int k = g.premises.start(a); k < g.premises.end(a); k++) {
                    int prem = g.premises.adj[k];
                    if (parent.putIfAbsent(prem, x) == null) todo.add(prem);
                }
            }
        }
        return List.of();
    }

    private @Nullable List<PathStep> leafStep(int c, int s) {
        for (int k = g.citations.start(c); k < g.citations.end(c); k++) {
            int src = g.citations.adj[k];
            if ((s < 0 && !isRejected(src)) || src == s)
                return List.of(
                        new PathStep(PathStep.Kind.CITATION, g.sourceIds[src]),
                        new PathStep(PathStep.Kind.SOURCE, g.sourceIds[src]));
        }
        for (int k = g.evidenceOn.start(c); k < g.evidenceOn.end(c); k++) {
            int item = g.evidenceOn.adj[k];
            int src = g.evidenceSource[item];
            if (g.evidenceFor[item] && ((s < 0 && !isRejected(src)) || src == s))
                return List.of(
                        new PathStep(PathStep.Kind.EVIDENCE, g.evidenceIds[item]),
                        new PathStep(PathStep.Kind.SOURCE, g.sourceIds[src]));
        }
        int word = g.proponentWord(c);
        if (word >= 0 && ((s < 0 && !isRejected(word)) || word == s))
            return List.of(new PathStep(PathStep.Kind.SOURCE, g.sourceIds[word]));
        return null;
    }

    // ------------------------------------------------------------ what decides a label

    StandsOn standsOn(int c) {
        return g.standsOnArguments(c) ? StandsOn.ARGUMENTS : StandsOn.ASSERTION;
    }

    private java.util.Map<String, LabelReason> argumentReasons(int c) {
        java.util.Map<String, LabelReason> r = new java.util.LinkedHashMap<>();
        for (int k = g.argumentsFor.start(c); k < g.argumentsFor.end(c); k++) {
            int a = g.argumentsFor.adj[k];
            r.put(g.argumentIds[a], reason(g.claims + a));
        }
        return java.util.Collections.unmodifiableMap(r);
    }

    /** What decides the label of a claim or an argument (its id). */
    public LabelReason labelReason(String id) {
        return reason(g.target(id));
    }

    LabelReason reason(int x) {
        int n = g.claims;
        List<String> inAttackers = new ArrayList<>(), undecided = new ArrayList<>(), attackers = new ArrayList<>();
        boolean answered = false;
        for (int k = g.attacksOn.start(x); k < g.attacksOn.end(x); k++) {
            int u = g.attackFrom[g.attacksOn.adj[k]];
            attackers.add(g.claimIds[u]);
            if (label[u] == Engine.IN) {
                inAttackers.add(g.claimIds[u]);
                if (g.attacksOn.end(u) > g.attacksOn.start(u)) answered = true;
            } else if (label[u] == Engine.UNDEC) undecided.add(g.claimIds[u]);
        }
        List<String> parts = new ArrayList<>(); // arguments of a claim, premises of an argument
        List<String> partsIn = new ArrayList<>(), partsOut = new ArrayList<>(), partsUndec = new ArrayList<>();
        if (x < n) {
            for (int k = g.argumentsFor.start(x); k < g.argumentsFor.end(x); k++) {
                int a = n + g.argumentsFor.adj[k];
                sort(a, g.argumentIds[a - n], parts, partsIn, partsOut, partsUndec);
            }
        } else {
            for (int k = g.premises.start(x - n); k < g.premises.end(x - n); k++) {
                int c = g.premises.adj[k];
                sort(c, g.claimIds[c], parts, partsIn, partsOut, partsUndec);
            }
        }
        Engine weighing = new Engine(g, policy, rejected, strength);
        boolean needsArgument = x < n && !weighing.standsWithoutArgument(x);
        return switch (label[x]) {
            case Engine.IN ->
                x >= n
                        ? new LabelReason(LabelReason.Kind.PREMISES_STAND, parts)
                        : needsArgument
                                ? new LabelReason(
                                        LabelReason.Kind.ARGUMENT_STANDS,
                                        partsIn.stream()
                                                .filter(id -> weighing.sufficient(n + g.argument(id)))
                                                .toList())
                                : new LabelReason(LabelReason.Kind.ASSERTED, attackers);
            case Engine.OUT -> {
                if (forcedOut != null && forcedOut[x])
                    yield new LabelReason(LabelReason.Kind.SOURCES_REJECTED, rejectedSources());
                if (!inAttackers.isEmpty())
                    yield new LabelReason(
                            answered ? LabelReason.Kind.DEFEATED : LabelReason.Kind.UNANSWERED_OBJECTION, inAttackers);
                if (x < n) {
                    // Something carries it under scintilla, yet it is OUT: its standard weighed and found it light.
                    boolean carried = !partsIn.isEmpty() || weighing.hasLeaf(x) || !g.standsOnArguments(x);
                    if (carried) {
                        List<String> weighed = new ArrayList<>(partsIn);
                        weighed.addAll(leafIds(x));
                        yield new LabelReason(LabelReason.Kind.STANDARD_NOT_MET, weighed);
                    }
                    yield new LabelReason(LabelReason.Kind.ARGUMENTS_FAIL, parts);
                }
                if (!founded[x]) yield new LabelReason(LabelReason.Kind.CIRCULAR, parts);
                yield new LabelReason(LabelReason.Kind.PREMISE_FAILS, partsOut);
            }
            default -> {
                List<String> open = new ArrayList<>(undecided);
                if (x >= n || needsArgument) open.addAll(partsUndec);
                yield new LabelReason(LabelReason.Kind.UNDECIDED, open);
            }
        };
    }

    /** The sources in play that carry claim {@code c} on their own: citations, supporting evidence, the proponent's word. */
    private List<String> leafIds(int c) {
        List<String> ids = new ArrayList<>();
        for (int k = g.citations.start(c); k < g.citations.end(c); k++)
            if (!isRejected(g.citations.adj[k])) ids.add(g.sourceIds[g.citations.adj[k]]);
        for (int k = g.evidenceOn.start(c); k < g.evidenceOn.end(c); k++) {
            int item = g.evidenceOn.adj[k];
            if (g.evidenceFor[item] && !isRejected(g.evidenceSource[item])) ids.add(g.evidenceIds[item]);
        }
        int word = g.proponentWord(c);
        if (word >= 0 && !isRejected(word)) ids.add(g.sourceIds[word]);
        return ids;
    }

    private void sort(int x, String id, List<String> all, List<String> in, List<String> out, List<String> undec) {
        all.add(id);
        (label[x] == Engine.IN ? in : label[x] == Engine.OUT ? out : undec).add(id);
    }

    // ------------------------------------------------------------ helpers

    /** Out of play: rejected, or known only through a rejected source. */
    boolean isRejected(int s) {
        return unavailable != null && unavailable[s];
    }

    OptionalDouble value(int x) {
        double s = strength[x];
        return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
    }

    static Label label(int x, byte[] labels) {
        return switch (labels[x]) {
            case Engine.IN -> Label.IN;
            case Engine.OUT -> Label.OUT;
            default -> Label.UNDEC;
        };
    }

    List<String> sourceIds(int @Nullable [] set) {
        if (set == null || set.length == 0) return List.of();
        String[] ids = new String[set.length];
        for (int i = 0; i < set.length; i++) ids[i] = g.sourceIds[set[i]];
        Arrays.sort(ids);
        return List.of(ids);
    }
}
