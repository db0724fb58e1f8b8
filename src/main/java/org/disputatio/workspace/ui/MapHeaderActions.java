package org.disputatio.workspace.ui;

import com.vaadin.flow.component.html.Div;
import org.disputatio.authoring.MapControls;
import org.disputatio.workspace.Workspace;

/** The map's owner, and Rename (Alt+Shift+R), Duplicate and Delete, in the workspace header (issue 12 point 3). */
class MapHeaderActions extends Div {

    private final MapControls controls;
    private final WorkspaceView view;

    MapHeaderActions(MapControls controls, WorkspaceView view) {
        this.controls = controls;
        this.view = view;
        addClassName("map-header-actions");
    }

    /** Drawn again with each full show, so a rename by anyone (its title, who may act) is seen. */
    void show(Workspace w) {
        removeAll();
        add(controls.forWorkspace(w.id(), view::refresh));
        // ach13: the map's competing-hypotheses matrix (seminars.ach), by address: workspace does not depend on it.
        var ach = new com.vaadin.flow.component.html.Anchor(
                "maps/" + w.id().value() + "/ach", getTranslation("workspace.ach"));
        ach.setId("workspace-ach");
        ach.getStyle().set("margin-left", "var(--lumo-space-m)");
        add(ach);
    }
}
