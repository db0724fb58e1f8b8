package org.disputatio.evaluation;

import java.util.Arrays;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;

/**
 * Keeps the last evaluation of a map and brings it up to date after one change (a rating, an attack, a premise
 * or a citation) by recomputing only what the change can reach: strengths forward over supports and attacks,
 * labels forward over attacks, grounding and source dependencies forward over supports. Everything else keeps
 * its value, which is exact because no other node reads the changed input.
 *
 * <p>Not thread-safe: one writer applies changes; readers take {@link #current()} copies.
 */
public final class IncrementalEvaluation {
    private final Graph g;
    private final EvaluationPolicy policy;
    private final Engine engine;
    private int lastRecomputed;

    private IncrementalEvaluation(Graph g, EvaluationPolicy policy) {
        this.g = g;
        this.policy = policy;
        this.engine = new Engine(g, policy, null);
        engine.full();
        lastRecomputed = 4 * g.nodes();
    }

    /** Evaluates the snapshot in full once; later changes are incremental. */
    public static IncrementalEvaluation start(MapSnapshot snapshot, EvaluationPolicy policy) {
        return new IncrementalEvaluation(snapshot.graph.mutableCopy(), policy);
    }

    /** A copy of the map and of its evaluation as they stand now (linear in the map's size). */
    public Evaluation current() {
        MapSnapshot snapshot = new MapSnapshot(g.compactCopy());
        return new Evaluation(
                snapshot,
                policy,
                null,
                engine.strength.clone(),
                engine.label.clone(),
                engine.grounded.clone(),
                java.util.Objects.requireNonNull(engine.founded).clone(),
                engine.critical.clone(),
                engine.contestedSets.clone(),
                null);
    }

    /** How many node computations the last change caused, summed over the phases it touched. */
    public int lastRecomputedNodes() {
        return lastRecomputed;
    }

    /** Replaces the strength ratings of one item of evidence (none: unrated). */
    public void rateEvidence(String evidenceId, double... ratings) {
        Integer e = g.evidenceIndex.get(evidenceId);
        if (e == null) throw new IllegalArgumentException("unknown evidence: " + evidenceId);
        g.evidenceRating[e] = mean(ratings);
        update(new int[] {g.evidenceClaim[e]}, null, null);
    }

    /** Replaces the inference ratings of one argument (none: unrated). */
    public void rateInference(String argumentId, double... ratings) {
        int a = g.argument(argumentId);
        g.inference[a] = mean(ratings);
        update(new int[] {g.claims + a}, null, null);
    }

    /**
     * Replaces all grades of one source by the given Admiralty codes, e.g. {@code "B2"} (none: ungraded).
     * Every claim citing the source or carrying evidence from it is a starting point of the update.
     */
    public void regradeSource(String sourceId, String... admiraltyCodes) {
        int s = g.source(sourceId);
        double sum = 0;
        int count = 0;
        for (String code : admiraltyCodes) {
            if (code.length() < 2) throw new IllegalArgumentException("an Admiralty grade looks like B2: " + code);
            double v = Admiralty.value(code.charAt(0), Integer.parseInt(code.substring(1)));
            if (!Double.isNaN(v)) {
                sum += v;
                count++;
            }
        }
        g.sourceGrade[s] = count == 0 ? Double.NaN : sum / count;
        update(claimsUsing(s), null, null);
    }

    /**
     * Opens or closes a source's contestation. Only source dependencies read it, so the claims citing the
     * source or carrying evidence from it start the update over supports.
     */
    public void contestSource(String sourceId, boolean contested) {
        int s = g.source(sourceId);
        g.contested[s] = contested;
        int[] seeds = claimsUsing(s);
        update(seeds, seeds, null);
    }

    /** Moves an item of evidence to another source or stance (its claim stays); ratings are unchanged. */
    public void editEvidence(String evidenceId, String sourceId, Stance stance) {
        Integer e = g.evidenceIndex.get(evidenceId);
        if (e == null) throw new IllegalArgumentException("unknown evidence: " + evidenceId);
        g.evidenceSource[e] = g.source(sourceId);
        g.evidenceFor[e] = stance == Stance.FOR;
        int[] seed = {g.evidenceClaim[e]};
        update(seed, seed, null);
    }

    /** Whether the snapshot has this item of evidence on this claim (an edit cannot move evidence between claims). */
    public boolean hasEvidence(String evidenceId, String claimId) {
        Integer e = g.evidenceIndex.get(evidenceId);
        Integer c = g.claimIndex.get(claimId);
        return e != null && c != null && g.evidenceClaim[e] == c;
    }

    public boolean hasSource(String sourceId) {
        return g.sourceIndex.containsKey(sourceId);
    }

    public boolean hasArgument(String argumentId) {
        return g.argumentIndex.containsKey(argumentId);
    }

    /** Claims citing, or carrying evidence from, {@code s} or a source known through {@code s}. */
    private int[] claimsUsing(int s) {
        java.util.List<Integer> seeds = new java.util.ArrayList<>();
        for (int r = 0; r < g.sources; r++) {
            if (Arrays.binarySearch(g.chain[r], s) < 0) continue;
            for (int k = g.citedBy.start(r); k < g.citedBy.end(r); k++) seeds.add(g.citedBy.adj[k]);
            for (int e = 0; e < g.evidenceCount; e++) if (g.evidenceSource[e] == r) seeds.add(g.evidenceClaim[e]);
        }
        return seeds.stream().mapToInt(Integer::intValue).toArray();
    }

    public void addAttack(String id, String fromClaim, String target, AttackKind kind) {
        int t = g.target(target);
        g.addAttack(id, g.claim(fromClaim), t, kind);
        update(new int[] {t}, null, new int[] {t});
    }

    public void removeAttack(String id) {
        Integer k = g.attackIndex.remove(id);
        if (k == null) throw new IllegalArgumentException("unknown attack: " + id);
        int t = g.attackTarget[k];
        g.attacksOn.remove(t, k);
        g.attacksBy.remove(g.attackFrom[k], k);
        g.attackFrom[k] = -1;
        g.attacksChanged();
        update(new int[] {t}, null, new int[] {t});
    }

    public void addPremise(String argumentId, String claimId) {
        int a = g.argument(argumentId), c = g.claim(claimId);
        if (g.premises.contains(a, c))
            throw new IllegalArgumentException(claimId + " is already a premise of " + argumentId);
        g.premises.insert(a, c);
        g.premiseOf.insert(c, a);
        int[] seed = {g.claims + a};
        update(seed, seed, null);
    }

    public void removePremise(String argumentId, String claimId) {
        int a = g.argument(argumentId), c = g.claim(claimId);
        if (!g.premises.remove(a, c))
            throw new IllegalArgumentException(claimId + " is not a premise of " + argumentId);
        g.premiseOf.remove(c, a);
        int[] seed = {g.claims + a};
        update(seed, seed, null);
    }

    /** A new citation of a source the snapshot already knows. */
    public void addCitation(String claimId, String sourceId) {
        int c = g.claim(claimId), s = g.source(sourceId);
        if (g.citations.contains(c, s)) throw new IllegalArgumentException(claimId + " already cites " + sourceId);
        g.citations.insert(c, s);
        g.citedBy.insert(s, c);
        int[] seed = {c};
        update(seed, seed, null);
    }

    public void removeCitation(String claimId, String sourceId) {
        int c = g.claim(claimId), s = g.source(sourceId);
        if (!g.citations.remove(c, s)) throw new IllegalArgumentException(claimId + " does not cite " + sourceId);
        g.citedBy.remove(s, c);
        int[] seed = {c};
        update(seed, seed, null);
    }

    private void update(
            int[] strengthSeeds,
            int @org.jspecify.annotations.Nullable [] supportSeeds,
            int @org.jspecify.annotations.Nullable [] attackSeeds) {
        int touched = 0;
        // Support first: strengths read which arguments are founded (ADR 030).
        if (supportSeeds != null) {
            touched += engine.useRegion(supportSeeds, Engine.FORWARD_SUPPORT);
            engine.founded();
            engine.grounding();
            engine.dependencies();
        }
        touched += engine.useRegion(strengthSeeds, Engine.FORWARD_ALL);
        engine.strengths();
        // Labels follow the argument structure as well as the attacks, so both kinds of change reach them.
        if (supportSeeds != null || attackSeeds != null) {
            int[] seeds = supportSeeds == null
                    ? attackSeeds
                    : attackSeeds == null ? supportSeeds : concat(supportSeeds, attackSeeds);
            touched += engine.useRegion(seeds, Engine.FORWARD_ALL);
            engine.labels();
        }
        engine.useAll();
        lastRecomputed = touched;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static double mean(double[] ratings) {
        for (double r : ratings)
            if (!(r >= 0 && r <= 1)) throw new IllegalArgumentException("a rating must be in [0,1]: " + r);
        return ratings.length == 0
                ? Double.NaN
                : Arrays.stream(ratings).average().orElseThrow();
    }
}
