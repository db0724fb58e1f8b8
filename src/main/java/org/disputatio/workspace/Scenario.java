package org.disputatio.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputatio.evaluation.ArgumentAssessment;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.Label;
import org.disputatio.evaluation.WhatIf;
import org.jspecify.annotations.Nullable;

/**
 * A what-if: the map evaluated with some sources rejected, next to the evaluation the workspace shows. It says,
 * claim by claim, where each one stood before and where it stands after ("0.71 IN → 0.32 OUT"), and compares
 * with another scenario. The baseline (nothing rejected) is a scenario too, so that any two can be compared.
 *
 * @param rejected the rejected sources, in the order they were rejected
 * @param whatIf the engine's difference: claims that lose their grounding, change label or strength
 * @param argumentsBefore each argument's strength and label in the workspace shown
 * @param argumentsAfter the same under the scenario
 */
public record Scenario(
        List<String> rejected,
        WhatIf whatIf,
        Map<String, Position> before,
        Map<String, Position> after,
        Map<String, Position> argumentsBefore,
        Map<String, Position> argumentsAfter) {

    /** Where a claim stands: its strength (null when there is none to show) and its label. */
    public record Position(@Nullable Double strength, Label label, boolean grounded) {

        static Position of(ClaimAssessment a) {
            return new Position(
                    a.converged() && a.strength().isPresent() ? a.strength().getAsDouble() : null,
                    a.label(),
                    a.grounded());
        }

        static Position of(ArgumentAssessment a) {
            return new Position(
                    a.converged() && a.strength().isPresent() ? a.strength().getAsDouble() : null,
                    a.label(),
                    a.grounded());
        }

        /** "0.71 IN", "— UNDEC". */
        public String text() {
            return (strength == null ? "—" : String.format(Locale.ROOT, "%.2f", strength)) + " " + label.name();
        }

        /** Whether the two read differently at the two decimals shown, or in label. */
        boolean differsFrom(Position other) {
            if (label != other.label) return true;
            if (strength == null || other.strength == null) return strength != other.strength;
            return Math.round(strength * 100) != Math.round(other.strength * 100);
        }
    }

    /** One claim's move under the scenario. */
    public record Shift(String claimId, Position before, Position after, boolean falls) {

        /** "0.71 IN → 0.32 OUT". */
        public String text() {
            return before.text() + " → " + after.text();
        }
    }

    /** A claim that stands differently in scenario A and in scenario B. */
    public record Difference(String claimId, Position a, Position b) {}

    public Scenario {
        rejected = List.copyOf(rejected);
        // In map order: shifts and comparisons list claims as the map does.
        before = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(after));
        argumentsBefore = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(argumentsBefore));
        argumentsAfter = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(argumentsAfter));
    }

    /** A scenario whose arguments are not followed. */
    public Scenario(List<String> rejected, WhatIf whatIf, Map<String, Position> before, Map<String, Position> after) {
        this(rejected, whatIf, before, after, Map.of(), Map.of());
    }

    /** Nothing rejected: every claim where the workspace shows it. */
    public static Scenario baseline(Workspace w) {
        Map<String, Position> now = positions(w.evaluation());
        Map<String, Position> arguments = argumentPositions(w.evaluation());
        return new Scenario(
                List.of(), new WhatIf(List.of(), List.of(), List.of(), List.of()), now, now, arguments, arguments);
    }

    static Scenario of(Workspace w, List<String> rejected, Evaluation after, WhatIf whatIf) {
        return new Scenario(
                rejected,
                whatIf,
                positions(w.evaluation()),
                positions(after),
                argumentPositions(w.evaluation()),
                argumentPositions(after));
    }

    private static Map<String, Position> argumentPositions(Evaluation e) {
        Map<String, Position> out = new LinkedHashMap<>();
        for (ArgumentAssessment a : e.arguments()) out.put(a.id(), Position.of(a));
        return out;
    }

    private static Map<String, Position> positions(Evaluation e) {
        Map<String, Position> out = new LinkedHashMap<>();
        for (ClaimAssessment a : e.claims()) out.put(a.id(), Position.of(a));
        return out;
    }

    public boolean isBaseline() {
        return rejected.isEmpty();
    }

    /**
     * The claims the scenario moves, in map order: those that lose their grounding, change label, or change
     * strength. A claim falls when it loses its grounding or was IN and is no longer.
     */
    public List<Shift> shifts() {
        Set<String> moved = new LinkedHashSet<>(whatIf.lostGrounding());
        moved.addAll(whatIf.changedLabel());
        moved.addAll(whatIf.changedStrength());
        List<Shift> out = new ArrayList<>();
        for (String id : before.keySet()) {
            if (moved.contains(id) && after.containsKey(id)) out.add(shift(id).orElseThrow());
        }
        return out;
    }

    /** How the claim moves, if the scenario moves it. */
    public Optional<Shift> shift(String claimId) {
        Position b = before.get(claimId);
        Position a = after.get(claimId);
        if (b == null || a == null) return Optional.empty();
        boolean lost = whatIf.lostGrounding().contains(claimId);
        if (!lost
                && !whatIf.changedLabel().contains(claimId)
                && !whatIf.changedStrength().contains(claimId)) return Optional.empty();
        boolean falls = lost || (b.label() == Label.IN && a.label() != Label.IN);
        return Optional.of(new Shift(claimId, b, a, falls));
    }

    /**
     * How the argument moves, if it reads differently under the scenario ("0.62 IN → 0.10 OUT"); it falls when it
     * loses its grounding or was IN and is no longer. The engine's difference names claims only, so an argument
     * moves when its shown strength or its label changes.
     */
    public Optional<Shift> argumentShift(String argumentId) {
        Position b = argumentsBefore.get(argumentId);
        Position a = argumentsAfter.get(argumentId);
        if (b == null || a == null || !b.differsFrom(a)) return Optional.empty();
        boolean falls = (b.grounded() && !a.grounded()) || (b.label() == Label.IN && a.label() != Label.IN);
        return Optional.of(new Shift(argumentId, b, a, falls));
    }

    /**
     * Why the claim moves, in sources: the rejected sources that its support sets (the minimal sets of sources
     * that ground it, before the scenario) met, in the order they were rejected. Empty when none did: then it
     * moves, if at all, through what it depends on or what attacks it.
     */
    public List<String> restedOn(List<List<String>> supportSets) {
        return rejected.stream()
                .filter(s -> supportSets.stream().anyMatch(set -> set.contains(s)))
                .toList();
    }

    /** How many of these support sets meet a rejected source. */
    public long supportSetsMet(List<List<String>> supportSets) {
        return supportSets.stream()
                .filter(set -> set.stream().anyMatch(rejected::contains))
                .count();
    }

    /** The claims that fall, in map order. */
    public List<String> falling() {
        return shifts().stream().filter(Shift::falls).map(Shift::claimId).toList();
    }

    /** The claims that move without falling, in map order. */
    public List<String> weakened() {
        return shifts().stream().filter(s -> !s.falls()).map(Shift::claimId).toList();
    }

    /** The claims whose label or shown strength differs between this scenario (A) and the other (B), in map order. */
    public List<Difference> compareWith(Scenario other) {
        List<Difference> out = new ArrayList<>();
        after.forEach((id, a) -> {
            Position b = other.after.get(id);
            if (b != null && a.differsFrom(b)) out.add(new Difference(id, a, b));
        });
        return out;
    }
}
