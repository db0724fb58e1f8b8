package org.disputatio.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Entry points of the engine. Pure functions: a snapshot and a policy in, records out. */
public final class Evaluator {
    private Evaluator() {}

    /** Strengths, labels, grounding, critical and contested sources of every claim and argument. */
    public static Evaluation evaluate(MapSnapshot snapshot, EvaluationPolicy policy) {
        Engine e = new Engine(snapshot.graph, policy, null);
        e.full();
        return new Evaluation(snapshot, policy, null, e);
    }

    /**
     * The evaluation as if the given sources were rejected: their citations and evidence no longer count, and
     * whatever loses its grounding because of them is treated as defeated in the labelling.
     *
     * @throws IllegalArgumentException naming the first unknown source id
     */
    public static Evaluation evaluate(
            MapSnapshot snapshot, EvaluationPolicy policy, Collection<String> rejectedSourceIds) {
        if (rejectedSourceIds.isEmpty()) return evaluate(snapshot, policy);
        Graph g = snapshot.graph;
        boolean[] rejected = new boolean[g.sources];
        for (String id : rejectedSourceIds) rejected[g.source(id)] = true;
        Engine base = new Engine(g, policy, null);
        base.useAll();
        base.grounding();
        Engine e = new Engine(g, policy, rejected);
        e.baseGrounded = base.grounded;
        e.full();
        return new Evaluation(snapshot, policy, rejected, e);
    }

    /** What rejecting the given sources changes. */
    public static WhatIf whatIf(MapSnapshot snapshot, Collection<String> rejectedSourceIds, EvaluationPolicy policy) {
        Evaluation before = evaluate(snapshot, policy);
        return whatIf(before, evaluate(snapshot, policy, rejectedSourceIds));
    }

    /** The difference between two evaluations of the same snapshot, using the policy of {@code after}. */
    public static WhatIf whatIf(Evaluation before, Evaluation after) {
        if (before.g != after.g) throw new IllegalArgumentException("a what-if compares evaluations of one snapshot");
        Graph g = before.g;
        double threshold = after.policy().strengthChangeThreshold();
        List<String> lost = new ArrayList<>(), relabelled = new ArrayList<>(), changed = new ArrayList<>();
        for (int c = 0; c < g.claims; c++) {
            if (before.grounded[c] && !after.grounded[c]) lost.add(g.claimIds[c]);
            if (before.label[c] != after.label[c]) relabelled.add(g.claimIds[c]);
            double x = before.strength[c], y = after.strength[c];
            if (Double.isNaN(x) != Double.isNaN(y) || Math.abs(x - y) > threshold) changed.add(g.claimIds[c]);
        }
        return new WhatIf(after.rejectedSources(), List.copyOf(lost), List.copyOf(relabelled), List.copyOf(changed));
    }

    /**
     * Only Dung's grounded labelling of the argument-level framework: claims and arguments as abstract arguments,
     * the snapshot's attacks as the only edges, support ignored. The map's own labels ({@link Evaluation#label})
     * also follow the argument structure (ADR 029); this is the abstract framework underneath, which reference
     * reasoners such as TweetyProject compute.
     */
    public static GroundedLabels groundedLabels(MapSnapshot snapshot) {
        Engine e = new Engine(snapshot.graph, EvaluationPolicy.defaults(), null, new double[0]);
        e.label = new byte[snapshot.graph.nodes()];
        e.useAll();
        e.dungLabels();
        return new GroundedLabels(snapshot.graph, e.label);
    }

    /** Why one claim has its strength, label and grounding. */
    public static Explanation explain(MapSnapshot snapshot, String claimId, EvaluationPolicy policy) {
        return evaluate(snapshot, policy).explain(claimId);
    }
}
