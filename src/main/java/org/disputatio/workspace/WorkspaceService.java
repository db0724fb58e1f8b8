package org.disputatio.workspace;

import java.util.Optional;
import java.util.Set;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Explanation;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evaluation.WhatIf;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.springframework.stereotype.Service;

/** Opens a map for the workspace: its content and its evaluation, read together. */
@Service
public class WorkspaceService {

    private final MapCatalog catalog;
    private final EvaluationService evaluation;

    WorkspaceService(MapCatalog catalog, EvaluationService evaluation) {
        this.catalog = catalog;
        this.evaluation = evaluation;
    }

    /** The map with its evaluation under DF-QuAD; empty if there is no such map. */
    public Optional<Workspace> open(MapId id) {
        return catalog.content(id).flatMap(content -> evaluation
                .evaluate(id, Semantics.DF_QUAD, Set.of())
                .map(result -> new Workspace(content, result.evaluation())));
    }

    /** What falls when the source is rejected; empty if the map is gone. */
    public Optional<WhatIf> whatIf(MapId id, String sourceId) {
        return evaluation
                .evaluate(id, Semantics.DF_QUAD, Set.of(sourceId))
                .flatMap(EvaluationService.Result::whatIf);
    }

    public Optional<Explanation> explain(MapId id, String claimId) {
        return evaluation.explain(id, claimId, Semantics.DF_QUAD);
    }
}
