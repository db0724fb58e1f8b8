package org.disputatio.workspace.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.disputatio.evaluation.Perspective;
import org.disputatio.workspace.Scenario;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceService;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's what-if: which sources the user rejects, and the scenario that follows. One per view, shared
 * by every panel, so the reader, the outline, the graph and the lists all show the same scenario. It lives in
 * the URL ({@code ?reject=s1,s2}) so that a scenario can be shared.
 */
final class WhatIfState {

    /** The query parameter naming the rejected sources, comma-separated. */
    static final String PARAMETER = "reject";

    private final WorkspaceService service;
    /** Whose ratings the workspace shows: the scenario is evaluated from the same perspective (ADR 031). */
    private final Supplier<Perspective> perspective;

    private final List<String> rejected = new ArrayList<>();
    private @Nullable Scenario scenario;

    WhatIfState(WorkspaceService service, Supplier<Perspective> perspective) {
        this.service = service;
        this.perspective = perspective;
    }

    /** The source ids of a {@code reject} parameter: comma-separated, blanks and repeats dropped. */
    static List<String> parse(@Nullable String parameter) {
        if (parameter == null) return List.of();
        return Arrays.stream(parameter.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    boolean isActive() {
        return !rejected.isEmpty();
    }

    List<String> rejected() {
        return List.copyOf(rejected);
    }

    boolean isRejected(String sourceId) {
        return rejected.contains(sourceId);
    }

    /** The parameter value that restores this state, or null when nothing is rejected. */
    @Nullable
    String parameter() {
        return rejected.isEmpty() ? null : String.join(",", rejected);
    }

    /** Replaces the rejected sources and evaluates the scenario; ids the map does not know are dropped. */
    void set(Workspace w, Collection<String> sourceIds) {
        rejected.clear();
        sourceIds.stream().distinct().forEach(rejected::add);
        evaluate(w);
    }

    /** Forgets the scenario: another map is about to be shown. */
    void clear() {
        rejected.clear();
        scenario = null;
    }

    void reject(Workspace w, String sourceId) {
        if (!rejected.contains(sourceId)) rejected.add(sourceId);
        evaluate(w);
    }

    void restore(Workspace w, String sourceId) {
        rejected.remove(sourceId);
        evaluate(w);
    }

    /** Evaluates the scenario again, against the workspace now shown (after a change to the map). */
    void evaluate(Workspace w) {
        scenario = service.scenario(w, rejected, perspective.get()).orElse(null);
        if (scenario != null) {
            rejected.clear();
            rejected.addAll(scenario.rejected());
        }
    }

    /** The current scenario: the baseline when nothing is rejected; null before a map is shown. */
    @Nullable
    Scenario scenario() {
        return scenario;
    }

    /** How the claim moves in the current scenario, if it moves. */
    Optional<Scenario.Shift> shift(String claimId) {
        return scenario == null || !isActive() ? Optional.empty() : scenario.shift(claimId);
    }

    /** Another scenario, for a comparison: the same map with these sources rejected. */
    Optional<Scenario> other(Workspace w, Collection<String> sourceIds) {
        return service.scenario(w, sourceIds, perspective.get());
    }
}
