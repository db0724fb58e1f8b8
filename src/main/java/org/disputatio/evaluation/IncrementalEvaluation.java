package org.disputatio.evaluation;

import java.util.Arrays;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;

/**
 * Keeps the last evaluation of a map and brings it up to date after one change (a rating, an attack, a premise
 * or a citation) by recomputing only what the change can reach: strengths forward over supports and attacks,
 * labels forward over attacks, grounding and source dependencies forward over supports. Everything else keeps
 * its value, which is exact because no other node reads the changed input.
 *
 * <p>{@link #current()} publishes an immutable evaluation without copying the map: published evaluations share
 * the graph's structure and the result arrays with this writer, and each part is copied only when a later change
 * is about to write to it (copy on write, per array). A rating thus copies the strengths and the rated item's
 * values, never the claims, arguments, attacks or citations; a change of shape (attack, premise, citation)
 * compacts the structure once, at the next publication.
 *
 * <p>Not thread-safe: one writer applies changes and publishes; readers keep what {@link #current()} gave them.
 */
public final class IncrementalEvaluation {
    private final Graph g;
    private final EvaluationPolicy policy;
    private final Engine engine;
    private int lastRecomputed;

    /** The graph the last publication gave out; never written. */
    private Graph published;
    /** The structure changed since {@link #published}: the next publication compacts it. */
    private boolean shapeChanged;
    /** Values written since {@link #published}, per array. */
    private boolean inferenceChanged, evidenceChanged, gradesChanged, contestationsChanged, standardsChanged;
    /** Result arrays a published evaluation shares with the engine: the engine copies them before writing. */
    private boolean strengthShared, labelShared, groundedShared, dependenciesShared;
    /** An input of the support sets besides the grounding changed since {@link #last}: an evidence edit. */
    private boolean supportInputsChanged;
    /** The last evaluation given out, whose support sets the next may share ({@link Evaluation#shareSupportSetsOf}). */
    private @org.jspecify.annotations.Nullable Evaluation last;

    private IncrementalEvaluation(Graph published, EvaluationPolicy policy) {
        this.published = published;
        this.g = published.mutableCopy();
        this.policy = policy;
        this.engine = new Engine(g, policy, null);
        engine.full();
        lastRecomputed = 4 * g.nodes();
    }

    /** Evaluates the snapshot in full once; later changes are incremental. */
    public static IncrementalEvaluation start(MapSnapshot snapshot, EvaluationPolicy policy) {
        return new IncrementalEvaluation(snapshot.graph, policy);
    }

    /**
     * The map and its evaluation as they stand now, immutable. Costs nothing proportional to the map: the parts
     * unchanged since the last call are shared with it, and only arrays written since are copied (a change of
     * shape compacts the structure once).
     */
    public Evaluation current() {
        boolean supportMayDiffer = shapeChanged || supportInputsChanged;
        if (shapeChanged) {
            published = g.compactCopy();
        } else if (inferenceChanged || evidenceChanged || gradesChanged || contestationsChanged || standardsChanged) {
            published = published.withValues(
                    inferenceChanged ? g.inference.clone() : published.inference,
                    evidenceChanged ? g.evidenceSource.clone() : published.evidenceSource,
                    evidenceChanged ? g.evidenceFor.clone() : published.evidenceFor,
                    evidenceChanged ? g.evidenceRating.clone() : published.evidenceRating,
                    gradesChanged ? g.sourceGrade.clone() : published.sourceGrade,
                    contestationsChanged ? g.contested.clone() : published.contested,
                    standardsChanged ? g.standard.clone() : published.standard);
        }
        shapeChanged = inferenceChanged = evidenceChanged = gradesChanged = contestationsChanged = false;
        standardsChanged = supportInputsChanged = false;
        strengthShared = labelShared = groundedShared = dependenciesShared = true;
        Evaluation next = new Evaluation(
                new MapSnapshot(published),
                policy,
                null,
                engine.strength,
                engine.label,
                engine.grounded,
                java.util.Objects.requireNonNull(engine.founded),
                engine.critical,
                engine.contestedSets,
                null);
        if (last != null && !supportMayDiffer) next.shareSupportSetsOf(last);
        last = next;
        return next;
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
        evidenceChanged = true;
        update(new int[] {g.evidenceClaim[e]}, null, null);
    }

    /** Replaces the inference ratings of one argument (none: unrated). */
    public void rateInference(String argumentId, double... ratings) {
        int a = g.argument(argumentId);
        g.inference[a] = mean(ratings);
        inferenceChanged = true;
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
        gradesChanged = true;
        update(claimsUsing(s), null, null);
    }

    /**
     * Opens or closes a source's contestation. Only source dependencies read it, so the claims citing the
     * source or carrying evidence from it start the update over supports.
     */
    public void contestSource(String sourceId, boolean contested) {
        int s = g.source(sourceId);
        g.contested[s] = contested;
        contestationsChanged = true;
        int[] seeds = claimsUsing(s);
        update(seeds, seeds, null);
    }

    /**
     * Sets a claim's proof standard (ADR 031). Only labels read it: the claim's label, and what its label reaches
     * over supports and attacks, are computed again.
     */
    public void setStandard(String claimId, ProofStandard standard) {
        int c = g.claim(claimId);
        if (g.standard[c] == standard) return;
        g.standard[c] = standard;
        standardsChanged = true;
        update(new int[0], null, new int[] {c});
    }

    public boolean hasClaim(String claimId) {
        return g.claimIndex.containsKey(claimId);
    }

    /** Moves an item of evidence to another source or stance (its claim stays); ratings are unchanged. */
    public void editEvidence(String evidenceId, String sourceId, Stance stance) {
        Integer e = g.evidenceIndex.get(evidenceId);
        if (e == null) throw new IllegalArgumentException("unknown evidence: " + evidenceId);
        g.evidenceSource[e] = g.source(sourceId);
        g.evidenceFor[e] = stance == Stance.FOR;
        evidenceChanged = supportInputsChanged = true;
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
        shapeChanged = true;
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
        shapeChanged = true;
        update(new int[] {t}, null, new int[] {t});
    }

    public void addPremise(String argumentId, String claimId) {
        int a = g.argument(argumentId), c = g.claim(claimId);
        if (g.premises.contains(a, c))
            throw new IllegalArgumentException(claimId + " is already a premise of " + argumentId);
        g.premises.insert(a, c);
        g.premiseOf.insert(c, a);
        shapeChanged = true;
        int[] seed = {g.claims + a};
        update(seed, seed, null);
    }

    public void removePremise(String argumentId, String claimId) {
        int a = g.argument(argumentId), c = g.claim(claimId);
        if (!g.premises.remove(a, c))
            throw new IllegalArgumentException(claimId + " is not a premise of " + argumentId);
        g.premiseOf.remove(c, a);
        shapeChanged = true;
        int[] seed = {g.claims + a};
        update(seed, seed, null);
    }

    /** A new citation of a source the snapshot already knows. */
    public void addCitation(String claimId, String sourceId) {
        int c = g.claim(claimId), s = g.source(sourceId);
        if (g.citations.contains(c, s)) throw new IllegalArgumentException(claimId + " already cites " + sourceId);
        g.citations.insert(c, s);
        g.citedBy.insert(s, c);
        shapeChanged = true;
        int[] seed = {c};
        update(seed, seed, null);
    }

    public void removeCitation(String claimId, String sourceId) {
        int c = g.claim(claimId), s = g.source(sourceId);
        if (!g.citations.remove(c, s)) throw new IllegalArgumentException(claimId + " does not cite " + sourceId);
        g.citedBy.remove(s, c);
        shapeChanged = true;
        int[] seed = {c};
        update(seed, seed, null);
    }

    private void update(
            int[] strengthSeeds,
            int @org.jspecify.annotations.Nullable [] supportSeeds,
            int @org.jspecify.annotations.Nullable [] attackSeeds) {
        int touched = 0;
        // Support first: strengths read which arguments are founded (ADR 029).
        if (supportSeeds != null) {
            touched += engine.useRegion(supportSeeds, Engine.FORWARD_SUPPORT);
            // Copy on write: a published evaluation keeps the arrays it was given; the engine writes to its own copy.
            if (groundedShared) {
                engine.grounded = engine.grounded.clone();
                engine.founded =
                        java.util.Objects.requireNonNull(engine.founded).clone();
                groundedShared = false;
            }
            if (dependenciesShared) {
                engine.critical = engine.critical.clone();
                engine.contestedSets = engine.contestedSets.clone();
                dependenciesShared = false;
            }
            engine.founded();
            engine.grounding();
            engine.dependencies();
        }
        touched += engine.useRegion(strengthSeeds, Engine.FORWARD_ALL);
        if (strengthShared) {
            engine.strength = engine.strength.clone();
            strengthShared = false;
        }
        engine.strengths();
        // Labels follow the argument structure as well as the attacks, so both kinds of change reach them; and
        // proof standards weigh strengths and sources (ADR 031), so a change of values relabels from the claims
        // whose weighing it changed (usually none).
        int[] reweighed = engine.reweighed();
        if (supportSeeds != null || attackSeeds != null || reweighed.length > 0) {
            int[] seeds = reweighed;
            if (supportSeeds != null) seeds = concat(seeds, supportSeeds);
            if (attackSeeds != null) seeds = concat(seeds, attackSeeds);
            touched += engine.useRegion(seeds, Engine.FORWARD_ALL);
            if (labelShared) {
                engine.label = engine.label.clone();
                labelShared = false;
            }
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
