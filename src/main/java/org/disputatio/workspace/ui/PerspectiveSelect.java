package org.disputatio.workspace.ui;

import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.evaluation.Perspective;
import org.disputatio.workspace.Workspace;

/**
 * Whose ratings and grades the workspace shows (ADR 031, Kialo's perspectives): everyone's, the signed-in user's, or
 * one user's among those who rated or graded in the map. Choosing one shows every panel again from it.
 */
class PerspectiveSelect extends Select<String> {

    /** Not user names: a user name never starts with a space. */
    static final String ALL = " all", MINE = " mine";

    private final WorkspaceView view;

    PerspectiveSelect(WorkspaceView view) {
        this.view = view;
        setId("workspace-perspective");
        // The word sits inside the field, not above it: the header stays one line (issue 11, the reader's height).
        var label = new com.vaadin.flow.component.html.Span(getTranslation("workspace.perspective"));
        label.addClassName("perspective-label");
        setPrefixComponent(label);
        setAriaLabel(getTranslation("workspace.perspective"));
        setItemLabelGenerator(v -> v.equals(ALL)
                ? getTranslation("workspace.perspective.all")
                : v.equals(MINE) ? getTranslation("workspace.perspective.mine") : v);
        setItems(ALL);
        setValue(ALL);
        addValueChangeListener(e -> {
            if (e.isFromClient()) view.perspectiveChanged();
        });
    }

    /** Offers All, Mine when signed in, and everyone who rated or graded in the map; keeps the choice if it still is. */
    void fill(Workspace w) {
        List<String> choices = new ArrayList<>();
        choices.add(ALL);
        if (view.signedInUser().isPresent()) choices.add(MINE);
        choices.addAll(view.service().raters(w.id()));
        String chosen = getValue();
        setItems(choices);
        setValue(choices.contains(chosen) ? chosen : ALL);
    }

    Perspective perspective() {
        String chosen = getValue();
        if (chosen == null || chosen.equals(ALL)) return Perspective.ALL;
        if (chosen.equals(MINE)) return view.signedInUser().map(Perspective::of).orElse(Perspective.ALL);
        return Perspective.of(chosen);
    }

    /** The shared workspace as this perspective sees it (the same workspace for everyone's). */
    Workspace seen(Workspace shared) {
        return view.service().seenFrom(shared, perspective());
    }
}
