package org.disputatio.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;

/**
 * An immutable picture of one map: claims, arguments, attacks, citations, evidence, ratings, source grades and
 * contestations. Ids are the strings the store uses; inside, everything is int-indexed so that a million claims
 * fit in a few hundred megabytes and evaluate in linear time.
 *
 * <p>Build one with {@link #builder()}. Rows may arrive in any order (a loader can stream them query by
 * query); references are resolved by {@link Builder#build()}.
 */
public final class MapSnapshot {
    final Graph graph;

    MapSnapshot(Graph graph) {
        this.graph = graph;
    }

    public static Builder builder() {
        return new Builder();
    }

    public int claimCount() {
        return graph.claims;
    }

    public int argumentCount() {
        return graph.arguments;
    }

    public int sourceCount() {
        return graph.sources;
    }

    public int attackCount() {
        int n = 0;
        for (int k = 0; k < graph.attackCount; k++) if (graph.attackFrom[k] >= 0) n++;
        return n;
    }

    public List<String> claimIds() {
        return List.of(graph.claimIds);
    }

    public List<String> argumentIds() {
        return List.of(graph.argumentIds);
    }

    public List<String> sourceIds() {
        return List.of(graph.sourceIds);
    }

    public boolean hasClaim(String id) {
        return graph.claimIndex.containsKey(id);
    }

    public boolean hasSource(String id) {
        return graph.sourceIndex.containsKey(id);
    }

    /** The id of the source that stands for a proponent's word (ADR 029). */
    public static String proponentSource(String proponentId) {
        return "proponent:" + proponentId;
    }

    /**
     * This map seen from one user's perspective (ADR 031): the same structure, with only that user's ratings of
     * evidence and inferences (item id to value) and grades of sources (source id to Admiralty code, e.g.
     * {@code "B2"}); whatever the user did not rate or grade is unrated or ungraded. Items the map does not have
     * are ignored. Linear in the map's items; the structure is shared, not copied.
     */
    MapSnapshot seenBy(Map<String, Double> ratings, Map<String, String> grades) {
        Graph g = graph;
        double[] inference = new double[g.arguments];
        Arrays.fill(inference, Double.NaN);
        for (int a = 0; a < g.arguments; a++) {
            Double r = ratings.get(g.argumentIds[a]);
            if (r != null) inference[a] = r;
        }
        double[] evidence = new double[g.evidenceCount];
        Arrays.fill(evidence, Double.NaN);
        for (int e = 0; e < g.evidenceCount; e++) {
            Double r = ratings.get(g.evidenceIds[e]);
            if (r != null) evidence[e] = r;
        }
        double[] grade = new double[g.sources];
        Arrays.fill(grade, Double.NaN);
        grades.forEach((sourceId, code) -> {
            Integer s = g.sourceIndex.get(sourceId);
            if (s != null && code.length() >= 2)
                grade[s] = Admiralty.value(code.charAt(0), Integer.parseInt(code.substring(1)));
        });
        return new MapSnapshot(
                g.withValues(inference, g.evidenceSource, g.evidenceFor, evidence, grade, g.contested, g.standard));
    }

    /** The claim's proof standard (ADR 031). */
    public ProofStandard standard(String claimId) {
        return graph.standard[graph.claim(claimId)];
    }

    public boolean isContested(String sourceId) {
        return graph.contested[graph.source(sourceId)];
    }

    /** Collects rows and resolves them into a snapshot. Not thread-safe; one loader fills one builder. */
    public static final class Builder {
        private final Map<String, Integer> claims = new HashMap<>();
        private final List<String> claimIds = new ArrayList<>();
        private final Map<String, Integer> sources = new HashMap<>();
        private final List<String> sourceIds = new ArrayList<>();
        private final Map<String, Integer> arguments = new HashMap<>();
        private final List<String> argumentIds = new ArrayList<>();
        private final List<String> argumentConclusions = new ArrayList<>();
        private final List<List<String>> argumentPremises = new ArrayList<>();
        private final List<double[]> inferenceRatings = new ArrayList<>(); // per argument: {sum, count}
        private final Map<String, double[]> pendingInference = new HashMap<>();
        private final Set<String> attackIdSet = new HashSet<>();
        private final List<String> attackIds = new ArrayList<>();
        private final List<String> attackFrom = new ArrayList<>();
        private final List<String> attackTarget = new ArrayList<>();
        private final List<AttackKind> attackKinds = new ArrayList<>();
        private final List<String> citationClaims = new ArrayList<>();
        private final List<String> citationSources = new ArrayList<>();
        private final Map<String, Integer> evidence = new HashMap<>();
        private final List<String> evidenceIds = new ArrayList<>();
        private final List<String> evidenceClaims = new ArrayList<>();
        private final List<Integer> evidenceSources = new ArrayList<>();
        private final List<Stance> evidenceStances = new ArrayList<>();
        private final List<double[]> evidenceRatings = new ArrayList<>(); // {sum, count}
        private final Map<String, double[]> pendingEvidenceRatings = new HashMap<>();
        private final Map<Integer, double[]> grades = new HashMap<>(); // source -> {sum, count}
        private final Map<Integer, int[]> openContestations = new HashMap<>();
        private final Map<String, Integer> proponents = new HashMap<>(); // claim -> proponent's source
        private final Map<Integer, Set<Integer>> reporters = new HashMap<>(); // source -> sources reporting it
        private final Map<String, ProofStandard> standards = new HashMap<>(); // claim -> standard, when not the default

        private Builder() {}

        /** Declares a claim. Every claim a row refers to must be declared, in any order. */
        public Builder claim(String id) {
            if (claims.putIfAbsent(id, claimIds.size()) != null)
                throw new IllegalArgumentException("duplicate claim: " + id);
            claimIds.add(id);
            return this;
        }

        /**
         * Declares a claim with its proponent. When the claim turns out to be an uncited assertion, it rests on
         * the proponent's word, which acts as the source {@link #proponentSource(String) proponent:<id>}: a
         * what-if can reject it like any other source (ADR 029).
         */
        public Builder claim(String id, String proponent) {
            claim(id);
            if (!proponent.isBlank()) proponents.put(id, sourceIndex(proponentSource(proponent)));
            return this;
        }

        /**
         * A source known only through another, e.g. an unpublished transcript quoted in a historian's book: a
         * claim resting on {@code sourceId} rests on {@code reporterId} too, transitively (ADR 029).
         */
        public Builder reportedBy(String sourceId, String reporterId) {
            int s = sourceIndex(sourceId), r = sourceIndex(reporterId);
            if (s != r) reporters.computeIfAbsent(s, k -> new HashSet<>()).add(r);
            return this;
        }

        /** The proof standard of a claim declared in any order; without one it is {@link ProofStandard#DEFAULT}. */
        public Builder standard(String claimId, ProofStandard standard) {
            standards.put(claimId, standard);
            return this;
        }

        /** Declares a source; sources are also declared by the first row that mentions them. */
        public Builder source(String id) {
            sourceIndex(id);
            return this;
        }

        /** An argument for {@code conclusion}. Premises are linked (all needed); add more with {@link #premise}. */
        public Builder argument(String id, String conclusion, List<String> premises) {
            if (arguments.putIfAbsent(id, argumentIds.size()) != null)
                throw new IllegalArgumentException("duplicate argument: " + id);
            argumentIds.add(id);
            argumentConclusions.add(conclusion);
            argumentPremises.add(new ArrayList<>(premises));
            double[] pending = pendingInference.remove(id);
            inferenceRatings.add(pending == null ? new double[2] : pending);
            return this;
        }

        /** One more linked premise of an argument declared before. A repeated premise counts once. */
        public Builder premise(String argumentId, String claimId) {
            Integer a = arguments.get(argumentId);
            if (a == null) throw new IllegalArgumentException("premise of unknown argument: " + argumentId);
            argumentPremises.get(a).add(claimId);
            return this;
        }

        /** One user's rating of an argument's inference, in [0,1]. Several ratings are averaged. */
        public Builder inferenceRating(String argumentId, double rating) {
            checkRating(rating);
            Integer a = arguments.get(argumentId);
            double[] acc = a == null
                    ? pendingInference.computeIfAbsent(argumentId, k -> new double[2])
                    : inferenceRatings.get(a);
            acc[0] += rating;
            acc[1]++;
            return this;
        }

        /** An attack from a claim on a claim (rebut, undermine) or on an argument (undercut). */
        public Builder attack(String id, String fromClaim, String target, AttackKind kind) {
            if (!attackIdSet.add(id)) throw new IllegalArgumentException("duplicate attack: " + id);
            attackIds.add(id);
            attackFrom.add(fromClaim);
            attackTarget.add(target);
            attackKinds.add(kind);
            return this;
        }

        /** A claim cites a source. Citing the same source twice counts once. */
        public Builder citation(String claimId, String sourceId) {
            sourceIndex(sourceId);
            citationClaims.add(claimId);
            citationSources.add(sourceId);
            return this;
        }

        /** An item of evidence from a source for or against a claim, with any strength ratings in [0,1] so far. */
        public Builder evidence(String id, String claimId, String sourceId, Stance stance, double... ratings) {
            if (evidence.putIfAbsent(id, evidenceIds.size()) != null)
                throw new IllegalArgumentException("duplicate evidence: " + id);
            evidenceIds.add(id);
            evidenceClaims.add(claimId);
            evidenceSources.add(sourceIndex(sourceId));
            evidenceStances.add(stance);
            double[] acc = pendingEvidenceRatings.remove(id);
            if (acc == null) acc = new double[2];
            for (double r : ratings) {
                checkRating(r);
                acc[0] += r;
                acc[1]++;
            }
            evidenceRatings.add(acc);
            return this;
        }

        /** One user's rating of an item of evidence's strength, in [0,1]. Several ratings are averaged. */
        public Builder evidenceRating(String evidenceId, double rating) {
            checkRating(rating);
            Integer e = evidence.get(evidenceId);
            double[] acc = e == null
                    ? pendingEvidenceRatings.computeIfAbsent(evidenceId, k -> new double[2])
                    : evidenceRatings.get(e);
            acc[0] += rating;
            acc[1]++;
            return this;
        }

        /**
         * One user's Admiralty grade of a source: reliability 'A'..'F' and credibility 1..6. F and 6 mean
         * "cannot be judged" and carry no weight (ADR 010).
         */
        public Builder sourceGrade(String sourceId, char reliability, int credibility) {
            double value = Admiralty.value(reliability, credibility);
            int s = sourceIndex(sourceId);
            if (!Double.isNaN(value)) {
                double[] acc = grades.computeIfAbsent(s, k -> new double[2]);
                acc[0] += value;
                acc[1]++;
            }
            return this;
        }

        /** A contestation of a source; the source is contested while at least one stands open. */
        public Builder contestation(String sourceId, boolean open) {
            int s = sourceIndex(sourceId);
            int[] n = openContestations.computeIfAbsent(s, k -> new int[1]);
            if (open) n[0]++;
            return this;
        }

        public MapSnapshot build() {
            int nc = claimIds.size();
            int na = argumentIds.size();
            if (!pendingInference.isEmpty())
                throw new IllegalArgumentException("inference rating of unknown argument: "
                        + pendingInference.keySet().iterator().next());
            if (!pendingEvidenceRatings.isEmpty())
                throw new IllegalArgumentException("rating of unknown evidence: "
                        + pendingEvidenceRatings.keySet().iterator().next());
            int[] conclusion = new int[na];
            double[] inference = new double[na];
            List<Integer> pFrom = new ArrayList<>();
            List<Integer> pTo = new ArrayList<>();
            for (int a = 0; a < na; a++) {
                conclusion[a] = resolveClaim(argumentConclusions.get(a), "conclusion of " + argumentIds.get(a));
                double[] r = inferenceRatings.get(a);
                inference[a] = r[1] == 0 ? Double.NaN : r[0] / r[1];
                Set<Integer> seen = new HashSet<>();
                for (String p : argumentPremises.get(a)) {
                    int c = resolveClaim(p, "premise of " + argumentIds.get(a));
                    if (seen.add(c)) {
                        pFrom.add(a);
                        pTo.add(c);
                    }
                }
            }
            Adjacency premises = Adjacency.of(na, ints(pFrom), ints(pTo), pFrom.size());

            Set<Long> seenCitations = new HashSet<>();
            List<Integer> cFrom = new ArrayList<>();
            List<Integer> cTo = new ArrayList<>();
            for (int i = 0; i < citationClaims.size(); i++) {
                int c = resolveClaim(citationClaims.get(i), "citation");
                int s = sources.get(citationSources.get(i));
                if (seenCitations.add(((long) c << 32) | s)) {
                    cFrom.add(c);
                    cTo.add(s);
                }
            }
            Adjacency citations = Adjacency.of(nc, ints(cFrom), ints(cTo), cFrom.size());

            int ne = evidenceIds.size();
            int[] evClaim = new int[ne];
            int[] evSource = new int[ne];
            boolean[] evFor = new boolean[ne];
            double[] evRating = new double[ne];
            for (int e = 0; e < ne; e++) {
                evClaim[e] = resolveClaim(evidenceClaims.get(e), "evidence " + evidenceIds.get(e));
                evSource[e] = evidenceSources.get(e);
                evFor[e] = evidenceStances.get(e) == Stance.FOR;
                double[] r = evidenceRatings.get(e);
                evRating[e] = r[1] == 0 ? Double.NaN : r[0] / r[1];
            }

            int ns = sourceIds.size();
            double[] grade = new double[ns];
            Arrays.fill(grade, Double.NaN);
            grades.forEach((s, acc) -> grade[s] = acc[0] / acc[1]);
            boolean[] contested = new boolean[ns];
            openContestations.forEach((s, n) -> contested[s] = n[0] > 0);

            int[] proponent = new int[nc];
            Arrays.fill(proponent, -1);
            proponents.forEach((c, s) -> proponent[claims.get(c)] = s);
            int[][] chain = new int[ns][];
            for (int s = 0; s < ns; s++) chain[s] = chain(s);
            ProofStandard[] standard = new ProofStandard[nc];
            Arrays.fill(standard, ProofStandard.DEFAULT);
            standards.forEach((c, s) -> standard[resolveClaim(c, "proof standard")] = s);

            Map<String, Integer> argIndex = new HashMap<>(arguments);
            int nk = attackIds.size();
            int[] from = new int[nk];
            int[] target = new int[nk];
            AttackKind[] kinds = attackKinds.toArray(new AttackKind[0]);
            Map<String, Integer> attackIndex = new HashMap<>();
            for (int k = 0; k < nk; k++) {
                String id = attackIds.get(k);
                from[k] = resolveClaim(attackFrom.get(k), "attacker of " + id);
                String t = attackTarget.get(k);
                Integer c = claims.get(t);
                Integer a = argIndex.get(t);
                if (c != null && a != null)
                    throw new IllegalArgumentException("ambiguous attack target (claim and argument): " + t);
                if (c == null && a == null)
                    throw new IllegalArgumentException("unknown target of attack " + id + ": " + t);
                target[k] = c != null ? c : nc + a;
                attackIndex.put(id, k);
            }
            Graph g = new Graph(
                    claimIds.toArray(new String[0]),
                    argumentIds.toArray(new String[0]),
                    sourceIds.toArray(new String[0]),
                    evidenceIds.toArray(new String[0]),
                    new HashMap<>(claims),
                    argIndex,
                    new HashMap<>(sources),
                    new HashMap<>(evidence),
                    conclusion,
                    premises,
                    inference,
                    attackIds.toArray(new String[0]),
                    attackIndex,
                    from,
                    target,
                    kinds,
                    citations,
                    evClaim,
                    evSource,
                    evFor,
                    evRating,
                    grade,
                    contested,
                    proponent,
                    chain,
                    standard);
            for (int k = 0; k < nk; k++) g.checkKind(kinds[k], target[k], attackIds.get(k));
            return new MapSnapshot(g);
        }

        /** The source itself and every source it is known through, sorted; a cycle of reports ends where it closes. */
        private int[] chain(int s) {
            Set<Integer> seen = new HashSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            seen.add(s);
            todo.add(s);
            while (!todo.isEmpty())
                for (int r : reporters.getOrDefault(todo.poll(), Set.of())) if (seen.add(r)) todo.add(r);
            return seen.stream().mapToInt(Integer::intValue).sorted().toArray();
        }

        private int resolveClaim(String id, String where) {
            Integer c = claims.get(id);
            if (c == null) throw new IllegalArgumentException("unknown claim in " + where + ": " + id);
            return c;
        }

        private int sourceIndex(String id) {
            Integer s = sources.get(id);
            if (s != null) return s;
            sources.put(id, sourceIds.size());
            sourceIds.add(id);
            return sourceIds.size() - 1;
        }

        private static void checkRating(double r) {
            if (!(r >= 0 && r <= 1)) throw new IllegalArgumentException("a rating must be in [0,1]: " + r);
        }

        private static int[] ints(List<Integer> xs) {
            int[] r = new int[xs.size()];
            for (int i = 0; i < r.length; i++) r[i] = xs.get(i);
            return r;
        }
    }
}
