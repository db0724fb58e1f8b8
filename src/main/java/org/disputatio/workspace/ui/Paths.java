package org.disputatio.workspace.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.disputatio.evaluation.PathStep;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;

/** An explaining path of the engine, written out for readers. */
final class Paths {

    private Paths() {}

    static String render(Workspace w, List<PathStep> path, BiFunction<String, Object[], String> translate) {
        return path.stream()
                .map(step -> switch (step.kind()) {
                    case CLAIM ->
                        "« " + w.claim(step.id()).map(MapContent.Claim::text).orElse(step.id()) + " »";
                    case ARGUMENT -> Names.argument(w, step.id(), translate);
                    case CITATION -> translate.apply("workspace.path.citation", new Object[0]);
                    case EVIDENCE -> translate.apply("workspace.path.evidence", new Object[0]);
                    case SOURCE -> Names.source(w, step.id(), translate);
                })
                .collect(Collectors.joining(" → "));
    }
}
