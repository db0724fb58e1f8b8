package org.disputatio.authoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which claims support which through arguments (premise → conclusion). An argument from premises P to a
 * conclusion C closes a cycle exactly when C already supports one of the P, directly or through other
 * arguments; such an argument would make a claim a reason for itself (ADR 032).
 */
final class SupportGraph {

    private final Map<String, List<String>> supports = new HashMap<>();

    /** Adds the edge "premise supports conclusion". */
    void add(String premise, String conclusion) {
        supports.computeIfAbsent(premise, k -> new ArrayList<>()).add(conclusion);
    }

    /**
     * The shortest chain of claims from {@code from} to one of {@code targets} (both ends included),
     * or empty when {@code from} supports none of them.
     */
    Optional<List<String>> chain(String from, Set<String> targets) {
        var previous = new HashMap<String, String>();
        var queue = new ArrayDeque<String>();
        queue.add(from);
        previous.put(from, from);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : supports.getOrDefault(at, List.of())) {
                if (previous.containsKey(next)) continue;
                previous.put(next, at);
                if (targets.contains(next)) {
                    var chain = new ArrayList<String>();
                    for (String step = next; !step.equals(from); step = previous.get(step)) {
                        chain.addFirst(step);
                    }
                    chain.addFirst(from);
                    return Optional.of(chain);
                }
                queue.add(next);
            }
        }
        return Optional.empty();
    }
}
