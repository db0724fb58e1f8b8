package org.disputatio.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import org.disputatio.authoring.MapControls;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.Workspace;

/**
 * The map's owner, and Rename (Alt+Shift+R), Duplicate and Delete, in the workspace header (issue 12 point 3); for a
 * map made from a file, "Download original" (the API's byte-exact copy, open to every reader).
 */
class MapHeaderActions extends Div {

    private final MapControls controls;
    private final WorkspaceView view;

    MapHeaderActions(MapControls controls, WorkspaceView view) {
        this.controls = controls;
        this.view = view;
        addClassName("map-header-actions");
        // One line, never squeezed into a column by the toolbar (the map's title shrinks with an ellipsis instead):
        // the header must stay one line at 1280×720 so the reader keeps most of the height (WorkspaceLayoutBrowserIT).
        getStyle()
                .set("white-space", "nowrap")
                .set("flex-shrink", "0")
                .set("display", "flex")
                .set("align-items", "center");
    }

    /** Drawn again with each full show, so a rename by anyone (its title, who may act) is seen. */
    void show(Workspace w) {
        removeAll();
        add(controls.forWorkspace(w.id(), view::refresh));
        // Looked up, not injected, so that the view's constructor stays as it is.
        VaadinService.getCurrent()
                .getInstantiator()
                .getOrCreate(MapCatalog.class)
                .originalFileName(w.id())
                .ifPresent(name -> {
                    var download = new Anchor("/api/maps/" + w.id().value() + "/original", "");
                    download.setText(getTranslation("workspace.original.download"));
                    download.setId("workspace-original");
                    download.getElement().setAttribute("download", name);
                    download.getElement().setAttribute("title", getTranslation("workspace.original.tip", name));
                    download.setRouterIgnore(true);
                    download.addClassName("map-original");
                    add(download);
                });
        // ach13: the map's competing-hypotheses matrix (seminars.ach), by address: workspace does not depend on it.
        var ach = new com.vaadin.flow.component.html.Anchor(
                "maps/" + w.id().value() + "/ach", getTranslation("workspace.ach"));
        ach.setId("workspace-ach");
        // A short label with the full name as its tooltip: the header must stay one line at 1280×720, in French
        // too, so that the reader keeps most of the height (WorkspaceLayoutBrowserIT).
        ach.getElement().setAttribute("title", getTranslation("workspace.ach.tip"));
        ach.getStyle().set("margin-left", "var(--lumo-space-s)").set("white-space", "nowrap");
        add(ach);
    }
}
