package org.disputatio.evaluation;

import java.util.HashMap;
import java.util.Map;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ProofStandard;

/**
 * The int-indexed form of a map. Node numbers: claim {@code i} is node {@code i}, argument {@code j} is node
 * {@code claims + j}. Mutable only inside {@link IncrementalEvaluation}, which owns a private copy.
 */
final class Graph {
    final int claims;
    final int arguments;
    final int sources;
    final int evidenceCount;

    final String[] claimIds;
    final String[] argumentIds;
    final String[] sourceIds;
    final String[] evidenceIds;
    final Map<String, Integer> claimIndex;
    final Map<String, Integer> argumentIndex;
    final Map<String, Integer> sourceIndex;
    final Map<String, Integer> evidenceIndex;

    final int[] conclusion; // argument -> claim
    final Adjacency premises; // argument -> claims
    final Adjacency premiseOf; // claim -> arguments using it as a premise
    final Adjacency argumentsFor; // claim -> arguments concluding it
    final double[] inference; // argument -> mean inference rating, NaN if unrated

    int attackCount;
    String[] attackIds;
    final Map<String, Integer> attackIndex;
    int[] attackFrom; // attack -> claim, -1 once removed
    int[] attackTarget; // attack -> node
    AttackKind[] attackKind;
    final Adjacency attacksOn; // node -> attacks on it
    final Adjacency attacksBy; // claim -> attacks it makes

    final Adjacency citations; // claim -> sources
    final Adjacency citedBy; // source -> claims

    final int[] evidenceClaim;
    final int[] evidenceSource;
    final boolean[] evidenceFor;
    final double[] evidenceRating; // mean, NaN if unrated
    final Adjacency evidenceOn; // claim -> evidence

    final double[] sourceGrade; // mean numeric grade, NaN if ungraded
    final boolean[] contested;

    final int[] proponent; // claim -> the source standing for its proponent's word, -1 if none
    final int[][] chain; // source -> itself and every source it is known through, sorted (ADR 029)
    final ProofStandard[] standard; // claim -> its proof standard (ADR 031)

    Graph(
            String[] claimIds,
            String[] argumentIds,
            String[] sourceIds,
            String[] evidenceIds,
            Map<String, Integer> claimIndex,
            Map<String, Integer> argumentIndex,
            Map<String, Integer> sourceIndex,
            Map<String, Integer> evidenceIndex,
            int[] conclusion,
            Adjacency premises,
            double[] inference,
            String[] attackIds,
            Map<String, Integer> attackIndex,
            int[] attackFrom,
            int[] attackTarget,
            AttackKind[] attackKind,
            Adjacency citations,
            int[] evidenceClaim,
            int[] evidenceSource,
            boolean[] evidenceFor,
            double[] evidenceRating,
            double[] sourceGrade,
            boolean[] contested,
            int[] proponent,
            int[][] chain,
            ProofStandard[] standard) {
        this.claims = claimIds.length;
        this.arguments = argumentIds.length;
        this.sources = sourceIds.length;
        this.evidenceCount = evidenceIds.length;
        this.claimIds = claimIds;
        this.argumentIds = argumentIds;
        this.sourceIds = sourceIds;
        this.evidenceIds = evidenceIds;
        this.claimIndex = claimIndex;
        this.argumentIndex = argumentIndex;
        this.sourceIndex = sourceIndex;
        this.evidenceIndex = evidenceIndex;
        this.conclusion = conclusion;
        this.premises = premises;
        this.inference = inference;
        this.attackIds = attackIds;
        this.attackIndex = attackIndex;
        this.attackCount = attackIds.length;
        this.attackFrom = attackFrom;
        this.attackTarget = attackTarget;
        this.attackKind = attackKind;
        this.citations = citations;
        this.evidenceClaim = evidenceClaim;
        this.evidenceSource = evidenceSource;
        this.evidenceFor = evidenceFor;
        this.evidenceRating = evidenceRating;
        this.sourceGrade = sourceGrade;
        this.contested = contested;
        this.proponent = proponent;
        this.chain = chain;
        this.standard = standard;

        int a = arguments;
        int[] argOfPremise = new int[premises.size()];
        for (int j = 0; j < a; j++) for (int i = premises.start(j); i < premises.end(j); i++) argOfPremise[i] = j;
        this.premiseOf = Adjacency.of(claims, premises.adj, argOfPremise, premises.size());
        int[] args = new int[a];
        for (int j = 0; j < a; j++) args[j] = j;
        this.argumentsFor = Adjacency.of(claims, conclusion, args, a);
        int n = attackIds.length;
        int[] ids = new int[n];
        for (int k = 0; k < n; k++) ids[k] = k;
        this.attacksOn = Adjacency.of(claims + arguments, attackTarget, ids, n);
        this.attacksBy = Adjacency.of(claims, attackFrom, ids, n);
        int[] citingClaim = new int[citations.size()];
        for (int c = 0; c < claims; c++) for (int i = citations.start(c); i < citations.end(c); i++) citingClaim[i] = c;
        this.citedBy = Adjacency.of(sources, citations.adj, citingClaim, citations.size());
        int[] ev = new int[evidenceIds.length];
        for (int k = 0; k < ev.length; k++) ev[k] = k;
        this.evidenceOn = Adjacency.of(claims, evidenceClaim, ev, ev.length);
    }

    private Graph(Graph g) {
        claims = g.claims;
        arguments = g.arguments;
        sources = g.sources;
        evidenceCount = g.evidenceCount;
        claimIds = g.claimIds;
        argumentIds = g.argumentIds;
        sourceIds = g.sourceIds;
        evidenceIds = g.evidenceIds;
        claimIndex = g.claimIndex;
        argumentIndex = g.argumentIndex;
        sourceIndex = g.sourceIndex;
        evidenceIndex = g.evidenceIndex;
        conclusion = g.conclusion;
        premises = g.premises.copy();
        premiseOf = g.premiseOf.copy();
        argumentsFor = g.argumentsFor;
        inference = g.inference.clone();
        attackCount = g.attackCount;
        attackIds = g.attackIds.clone();
        attackIndex = new HashMap<>(g.attackIndex);
        attackFrom = g.attackFrom.clone();
        attackTarget = g.attackTarget.clone();
        attackKind = g.attackKind.clone();
        attacksOn = g.attacksOn.copy();
        attacksBy = g.attacksBy.copy();
        citations = g.citations.copy();
        citedBy = g.citedBy.copy();
        evidenceClaim = g.evidenceClaim;
        evidenceSource = g.evidenceSource.clone();
        evidenceFor = g.evidenceFor.clone();
        evidenceRating = g.evidenceRating.clone();
        evidenceOn = g.evidenceOn;
        sourceGrade = g.sourceGrade.clone();
        contested = g.contested.clone();
        proponent = g.proponent;
        chain = g.chain;
        standard = g.standard.clone();
    }

    /**
     * This graph's structure (ids, indexes, arguments, attacks, citations, evidence rows: all shared, not copied)
     * with other values of what ratings, grades, contestations and evidence edits change. Constant time, so an
     * incremental evaluation can publish an immutable graph after a rating without copying the map.
     */
    Graph withValues(
            double[] inference,
            int[] evidenceSource,
            boolean[] evidenceFor,
            double[] evidenceRating,
            double[] sourceGrade,
            boolean[] contested,
            ProofStandard[] standard) {
        return new Graph(
                this, inference, evidenceSource, evidenceFor, evidenceRating, sourceGrade, contested, standard);
    }

    private Graph(
            Graph g,
            double[] inference,
            int[] evidenceSource,
            boolean[] evidenceFor,
            double[] evidenceRating,
            double[] sourceGrade,
            boolean[] contested,
            ProofStandard[] standard) {
        claims = g.claims;
        arguments = g.arguments;
        sources = g.sources;
        evidenceCount = g.evidenceCount;
        claimIds = g.claimIds;
        argumentIds = g.argumentIds;
        sourceIds = g.sourceIds;
        evidenceIds = g.evidenceIds;
        claimIndex = g.claimIndex;
        argumentIndex = g.argumentIndex;
        sourceIndex = g.sourceIndex;
        evidenceIndex = g.evidenceIndex;
        conclusion = g.conclusion;
        premises = g.premises;
        premiseOf = g.premiseOf;
        argumentsFor = g.argumentsFor;
        attackCount = g.attackCount;
        attackIds = g.attackIds;
        attackIndex = g.attackIndex;
        attackFrom = g.attackFrom;
        attackTarget = g.attackTarget;
        attackKind = g.attackKind;
        attacksOn = g.attacksOn;
        attacksBy = g.attacksBy;
        citations = g.citations;
        citedBy = g.citedBy;
        evidenceClaim = g.evidenceClaim;
        evidenceOn = g.evidenceOn;
        this.inference = inference;
        this.evidenceSource = evidenceSource;
        this.evidenceFor = evidenceFor;
        this.evidenceRating = evidenceRating;
        this.sourceGrade = sourceGrade;
        this.contested = contested;
        this.standard = standard;
        proponent = g.proponent;
        chain = g.chain;
    }

    /** A deep copy of everything an incremental change may touch; the rest is shared. */
    Graph mutableCopy() {
        return new Graph(this);
    }

    /** A fresh, compact graph with the current content: removed attacks dropped, rows rebuilt. */
    Graph compactCopy() {
        int live = 0;
        for (int k = 0; k < attackCount; k++) if (attackFrom[k] >= 0) live++;
        String[] ids = new String[live];
        int[] from = new int[live], target = new int[live];
        AttackKind[] kinds = new AttackKind[live];
        Map<String, Integer> index = new HashMap<>();
        int j = 0;
        for (int k = 0; k < attackCount; k++) {
            if (attackFrom[k] < 0) continue;
            ids[j] = attackIds[k];
            from[j] = attackFrom[k];
            target[j] = attackTarget[k];
            kinds[j] = attackKind[k];
            index.put(ids[j], j);
            j++;
        }
        return new Graph(
                claimIds,
                argumentIds,
                sourceIds,
                evidenceIds,
                claimIndex,
                argumentIndex,
                sourceIndex,
                evidenceIndex,
                conclusion,
                rows(premises),
                inference.clone(),
                ids,
                index,
                from,
                target,
                kinds,
                rows(citations),
                evidenceClaim,
                evidenceSource.clone(),
                evidenceFor.clone(),
                evidenceRating.clone(),
                sourceGrade.clone(),
                contested.clone(),
                proponent,
                chain,
                standard.clone());
    }

    private static Adjacency rows(Adjacency a) {
        int n = a.nodes();
        int[] from = new int[a.size()];
        for (int v = 0; v < n; v++) for (int i = a.start(v); i < a.end(v); i++) from[i] = v;
        return Adjacency.of(n, from, java.util.Arrays.copyOf(a.adj, a.size()), a.size());
    }

    private int @org.jspecify.annotations.Nullable [] targetSlots;
    private int distinctTargets;

    /**
     * For each attack, the number of its target among the distinct attacked nodes; cached, because the
     * whole-map labelling needs counters only for attacked nodes, a small fraction of a real map.
     */
    synchronized int[] targetSlots() {
        int[] slots = targetSlots;
        if (slots != null) return slots;
        int[] slotOf = new int[nodes()];
        java.util.Arrays.fill(slotOf, -1);
        slots = new int[attackCount];
        int d = 0;
        for (int k = 0; k < attackCount; k++) {
            if (attackFrom[k] < 0) {
                slots[k] = -1;
                continue;
            }
            int t = attackTarget[k];
            if (slotOf[t] < 0) slotOf[t] = d++;
            slots[k] = slotOf[t];
        }
        distinctTargets = d;
        return targetSlots = slots;
    }

    synchronized int distinctTargets() {
        targetSlots();
        return distinctTargets;
    }

    synchronized void attacksChanged() {
        targetSlots = null;
    }

    int nodes() {
        return claims + arguments;
    }

    String nodeId(int v) {
        return v < claims ? claimIds[v] : argumentIds[v - claims];
    }

    int claim(String id) {
        Integer i = claimIndex.get(id);
        if (i == null) throw new IllegalArgumentException("unknown claim: " + id);
        return i;
    }

    int argument(String id) {
        Integer i = argumentIndex.get(id);
        if (i == null) throw new IllegalArgumentException("unknown argument: " + id);
        return i;
    }

    int source(String id) {
        Integer i = sourceIndex.get(id);
        if (i == null) throw new IllegalArgumentException("unknown source: " + id);
        return i;
    }

    /** Resolves an attack target, which may be a claim or an argument, to a node. */
    int target(String id) {
        Integer c = claimIndex.get(id);
        Integer a = argumentIndex.get(id);
        if (c != null && a != null)
            throw new IllegalArgumentException("ambiguous attack target (claim and argument): " + id);
        if (c != null) return c;
        if (a != null) return claims + a;
        throw new IllegalArgumentException("unknown attack target: " + id);
    }

    /** Weight of a source's evidence and citations: its mean grade, or the policy's weight for ungraded sources. */
    double weight(int s, EvaluationPolicy p) {
        double g = sourceGrade[s];
        return Double.isNaN(g) ? p.ungradedSourceWeight() : g;
    }

    double evidenceStrength(int e, EvaluationPolicy p) {
        double r = evidenceRating[e];
        return (Double.isNaN(r) ? p.neutralPrior() : r) * weight(evidenceSource[e], p);
    }

    double citationStrength(int s, EvaluationPolicy p) {
        return p.neutralPrior() * weight(s, p);
    }

    /**
     * The source standing for the proponent's word when claim {@code c} is an uncited assertion: no argument
     * concludes it, it cites nothing and no evidence supports it. Otherwise -1: the claim rests on its
     * sources or its arguments instead (ADR 029). Structural, so a what-if never falls back on the proponent.
     */
    int proponentWord(int c) {
        int s = proponent[c];
        if (s < 0 || argumentsFor.end(c) > argumentsFor.start(c) || citations.end(c) > citations.start(c)) return -1;
        for (int k = evidenceOn.start(c); k < evidenceOn.end(c); k++) if (evidenceFor[evidenceOn.adj[k]]) return -1;
        return s;
    }

    /** Claim {@code c} stands only through the arguments that conclude it (ADR 029). */
    boolean standsOnArguments(int c) {
        return argumentsFor.end(c) > argumentsFor.start(c);
    }

    /**
     * Which sources are out of play when {@code rejected} are rejected: a source is lost with any source it is
     * known through (ADR 029). Null when nothing is rejected.
     */
    boolean @org.jspecify.annotations.Nullable [] unavailable(boolean @org.jspecify.annotations.Nullable [] rejected) {
        if (rejected == null) return null;
        boolean[] lost = new boolean[sources];
        for (int s = 0; s < sources; s++) for (int t : chain[s]) if (rejected[t]) lost[s] = true;
        return lost;
    }

    double argumentBase(int a, EvaluationPolicy p) {
        double r = inference[a];
        return Double.isNaN(r) ? p.neutralPrior() : r;
    }

    int addAttack(String id, int from, int target, AttackKind kind) {
        if (attackIndex.containsKey(id)) throw new IllegalArgumentException("duplicate attack: " + id);
        checkKind(kind, target, id);
        int k = attackCount++;
        if (k == attackFrom.length) {
            int cap = Math.max(16, k * 2);
            attackIds = java.util.Arrays.copyOf(attackIds, cap);
            attackFrom = java.util.Arrays.copyOf(attackFrom, cap);
            attackTarget = java.util.Arrays.copyOf(attackTarget, cap);
            attackKind = java.util.Arrays.copyOf(attackKind, cap);
        }
        attackIds[k] = id;
        attackFrom[k] = from;
        attackTarget[k] = target;
        attackKind[k] = kind;
        attackIndex.put(id, k);
        attacksChanged();
        attacksOn.insert(target, k);
        attacksBy.insert(from, k);
        return k;
    }

    void checkKind(AttackKind kind, int target, String id) {
        boolean onArgument = target >= claims;
        if ((kind == AttackKind.UNDERCUT) != onArgument)
            throw new IllegalArgumentException(
                    "attack " + id + ": an undercut targets an argument, a rebut or undermine targets a claim");
    }
}
