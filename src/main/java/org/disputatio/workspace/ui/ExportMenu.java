package org.disputatio.workspace.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * The workspace header's one "Export" menu (issue 14 point 6, ADR 045): the argument map as SVG or PNG (what is on
 * screen, or the whole map), the printable report as PDF (under the what-if scenario shown, if any), the claims and
 * sources as CSV, and the interchange formats (AIF, xAIF, Argdown). One compact control, so that the header stays
 * one line at 1280×720 in French (WorkspaceLayoutBrowserIT).
 */
class ExportMenu extends MenuBar {

    private final WorkspaceView view;
    final MenuItem top;
    private final SubMenu items;
    private @Nullable Workspace workspace;

    ExportMenu(WorkspaceView view) {
        this.view = view;
        setId("workspace-export");
        addClassName("workspace-export");
        addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        // An icon with its name as label and tooltip: the header has no room left for a word at 1280 px in French,
        // and a menu bar short of room folds its item into an overflow button, which no one would recognise.
        getStyle().set("flex-shrink", "0");
        top = addItem(VaadinIcon.DOWNLOAD_ALT.create(), getTranslation("export.menu.tip"));
        top.setId("export-menu");
        top.getElement().setAttribute("aria-label", getTranslation("export.menu"));
        items = top.getSubMenu();
        // The pictures are drawn in the browser from the graph on screen: the graph tab is shown first.
        picture("export-svg-view", "export.svg.view", "svg", false);
        picture("export-svg-whole", "export.svg.whole", "svg", true);
        picture("export-png-view", "export.png.view", "png", false);
        picture("export-png-whole", "export.png.whole", "png", true);
        items.addSeparator();
        var report = items.addItem(getTranslation("export.report"), e -> downloadReport());
        report.setId("export-report");
        items.addSeparator();
    }

    /** Points the file links at this map; called with each full show of the workspace. */
    void show(Workspace w) {
        this.workspace = w;
        items.getItems().stream()
                .filter(i -> i.getId().orElse("").startsWith("export-file-"))
                .toList()
                .forEach(items::remove);
        String base = "/api/maps/" + w.id().value();
        file("export-file-claims-csv", "export.claims.csv", base + "/claims.csv");
        file("export-file-sources-csv", "export.sources.csv", base + "/sources.csv");
        file("export-file-aif", "export.aif", base + "/export?format=aif");
        file("export-file-xaif", "export.xaif", base + "/export?format=xaif");
        file("export-file-argdown", "export.argdown", base + "/export?format=argdown");
    }

    private void picture(String id, String key, String format, boolean whole) {
        var item = items.addItem(getTranslation(key), e -> {
            view.tabs.setSelectedTab(view.graphTab);
            view.graph.canvas.exportWhenDrawn(format, whole);
        });
        item.setId(id);
    }

    /** A plain link, so the browser saves the API's answer under the name it gives (Content-Disposition). */
    private void file(String id, String key, String href) {
        var link = new Anchor(href, getTranslation(key));
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", "");
        link.getStyle().set("color", "inherit").set("text-decoration", "none");
        var item = items.addItem(link);
        item.setId(id);
    }

    /** The report under the scenario the workspace shows: the same rejected sources as its what-if. */
    private void downloadReport() {
        if (workspace == null) return;
        String query = view.whatIf.rejected().stream()
                .map(s -> "reject=" + URLEncoder.encode(s, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String href = "/api/maps/" + workspace.id().value() + "/report.pdf" + (query.isEmpty() ? "" : "?" + query);
        // A link clicked in the page: the browser saves the PDF and the workspace stays open.
        getElement()
                .executeJs(
                        "const a = document.createElement('a'); a.href = $0; a.download = '';"
                                + " document.body.appendChild(a); a.click(); a.remove();",
                        href);
    }
}
