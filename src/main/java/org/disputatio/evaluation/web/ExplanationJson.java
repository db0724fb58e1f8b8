package org.disputatio.evaluation.web;

import java.util.List;
import java.util.Locale;
import org.disputatio.evaluation.Contribution;
import org.disputatio.evaluation.Explanation;
import org.disputatio.evaluation.PathStep;
import org.jspecify.annotations.Nullable;

/**
 * "Why this strength", as JSON: the base score and where it comes from, each supporter and attacker
 * with its effect, one grounding path, the critical sources, and how the claim reaches each
 * contested source, and what decides the label. Numbers are null where the iteration did not converge.
 */
record ExplanationJson(
        String claimId,
        @Nullable Double strength,
        boolean converged,
        String label,
        LabelReasonJson labelReason,
        java.util.Map<String, LabelReasonJson> argumentReasons,
        String standsOn,
        boolean grounded,
        double baseScore,
        String baseOrigin,
        List<ContributionJson> contributions,
        List<StepJson> groundingPath,
        List<String> criticalSources,
        List<ContestedJson> contested) {

    record ContributionJson(
            String kind,
            String id,
            String from,
            @Nullable String sourceId,
            String role,
            @Nullable Double strength,
            @Nullable Double effect) {}

    record StepJson(String kind, String id) {}

    /** What decides the label, e.g. {@code {"kind":"unanswered_objection","decidedBy":["c-212"]}} (ADR 029). */
    record LabelReasonJson(String kind, List<String> decidedBy) {}

    record ContestedJson(String sourceId, List<StepJson> path) {}

    static ExplanationJson of(Explanation e) {
        return new ExplanationJson(
                e.claimId(),
                e.converged() && e.strength().isPresent() ? e.strength().getAsDouble() : null,
                e.converged(),
                e.label().name(),
                reason(e.labelReason()),
                e.argumentReasons().entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                java.util.Map.Entry::getKey,
                                r -> reason(r.getValue()),
                                (x, y) -> x,
                                java.util.LinkedHashMap::new)),
                lower(e.standsOn().name()),
                e.grounded(),
                e.baseScore(),
                e.baseOrigin(),
                e.contributions().stream().map(ExplanationJson::contribution).toList(),
                steps(e.groundingPath()),
                e.criticalSources(),
                e.contested().stream()
                        .map(c -> new ContestedJson(c.sourceId(), steps(c.path())))
                        .toList());
    }

    private static LabelReasonJson reason(org.disputatio.evaluation.LabelReason r) {
        return new LabelReasonJson(lower(r.kind().name()), r.decidedBy());
    }

    private static ContributionJson contribution(Contribution c) {
        return new ContributionJson(
                lower(c.kind().name()),
                c.id(),
                c.from(),
                c.sourceId(),
                lower(c.role().name()),
                c.strength().isPresent() ? c.strength().getAsDouble() : null,
                c.effect().isPresent() ? c.effect().getAsDouble() : null);
    }

    private static List<StepJson> steps(List<PathStep> path) {
        return path.stream()
                .map(s -> new StepJson(lower(s.kind().name()), s.id()))
                .toList();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
