package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.disputatio.evaluation.Explanation;
import org.disputatio.shell.HelpTip;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Conclusions ranked by how much they depend on contested sources: first those that a single
 * contested source could bring down, then by the number of contested sources under them. A table to
 * read: the conclusion gets the width, every column sorts, a filter narrows the rows by the words of
 * the conclusion or of its sources, each row opens onto the paths that explain it, and the rows shown
 * export as CSV.
 */
class ContestedPanel extends VerticalLayout {

    private final WorkspaceView view;
    final Grid<Workspace.ContestedConclusion> grid = new Grid<>();
    final TextField filter = new TextField();
    final Span shownCount = new Span();
    final Anchor csv;
    private final List<Workspace.ContestedConclusion> rows = new ArrayList<>();
    // Rows are known by their claim, so an update keeps the selected row and its open details.
    private final ListDataProvider<Workspace.ContestedConclusion> provider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(Workspace.ContestedConclusion row) {
            return row.claim().id();
        }
    };
    private @Nullable Workspace workspace;
    // Before → after under the workspace's what-if; shown only while sources are rejected.
    final Grid.Column<Workspace.ContestedConclusion> whatIfColumn;

    ContestedPanel(WorkspaceView view) {
        this.view = view;
        setSizeFull();
        setPadding(false);
        var intro = new Paragraph(getTranslation("workspace.contested.intro"));
        intro.addClassName("provenance");
        intro.add(new HelpTip("critical"));

        filter.setId("contested-filter");
        filter.setPlaceholder(getTranslation("workspace.contested.filter"));
        filter.setAriaLabel(getTranslation("workspace.contested.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("22em");
        filter.addValueChangeListener(e -> applyFilter());
        shownCount.setId("contested-shown");
        csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csvText().getBytes(StandardCharsets.UTF_8);
                    return new com.vaadin.flow.server.streams.DownloadResponse(
                            new java.io.ByteArrayInputStream(bytes),
                            "contested-conclusions.csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                AttachmentType.DOWNLOAD,
                getTranslation("workspace.contested.csv"));
        csv.setId("contested-csv");
        var toolbar = new HorizontalLayout(filter, shownCount, csv);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.expand(shownCount);

        grid.setId("contested-grid");
        grid.addComponentColumn(this::pathsToggle)
                .setHeader(getTranslation("workspace.contested.paths"))
                .setWidth("3.5em")
                .setFlexGrow(0);
        // The conclusion gets the room; its kind rides under it, and the label beside the strength.
        grid.addColumn(LitRenderer.<Workspace.ContestedConclusion>of(
                                "<span>${item.text}</span><br><span class=\"contested-kind\">${item.kind}</span>")
                        .withProperty("text", c -> c.claim().text())
                        .withProperty(
                                "kind",
                                c -> getTranslation("claim.kind." + c.claim().kind())))
                .setHeader(getTranslation("workspace.contested.conclusion"))
                .setWidth("22em")
                .setFlexGrow(1)
                .setSortable(true)
                .setComparator(c -> c.claim().text())
                .setKey("conclusion");
        grid.addColumn(c -> (c.assessment().strength().isPresent()
                                ? Format.strength(c.assessment().strength().getAsDouble())
                                : "—")
                        + " " + c.assessment().label().name())
                .setHeader(getTranslation("workspace.strength"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true)
                .setComparator(Comparator.comparingDouble((Workspace.ContestedConclusion c) ->
                        c.assessment().strength().orElse(-1)))
                .setKey("strength");
        grid.addColumn(c -> c.contestedSources().size())
                .setHeader(getTranslation("workspace.contested.count"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setSortable(true)
                .setComparator(c -> c.contestedSources().size())
                .setKey("count");
        grid.addColumn(c -> c.criticalContested().isEmpty()
                        ? ""
                        : "‼ "
                                + String.join(
                                        "; ",
                                        c.criticalContested().stream()
                                                .map(this::source)
                                                .toList()))
                .setHeader(getTranslation("workspace.contested.critical"))
                .setWidth("10em")
                .setFlexGrow(0)
                .setSortable(true)
                .setComparator(c -> c.criticalContested().size())
                .setKey("critical");
        whatIfColumn = grid.addColumn(c -> view.whatIf
                        .shift(c.claim().id())
                        .map(s -> (s.falls() ? "▼ " : "") + s.text())
                        .orElse(""))
                .setHeader(getTranslation("workspace.whatIf.column"))
                .setAutoWidth(true);
        whatIfColumn.setVisible(false);
        grid.setItems(provider);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::paths));
        grid.setDetailsVisibleOnClick(false);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("workspace.contested.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("workspace.tab.contested"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.setDetailsVisible(e.getValue(), true);
                view.selectClaim(e.getValue().claim().id());
            }
        });
        add(intro, toolbar, grid);
        setFlexGrow(1, grid);
    }

    void show(Workspace w) {
        this.workspace = w;
        rows.clear();
        rows.addAll(w.contestedConclusions());
        provider.refreshAll();
        showCount();
    }

    /** Takes an update: the rows are replaced in place when an assessment or a contestation moved. */
    void update(Workspace w, WorkspaceUpdate update) {
        if (update.reassessed().isEmpty() && !update.contentChanged()) {
            this.workspace = w;
            return;
        }
        show(w);
    }

    /** Shows the workspace's what-if in its column. */
    void showWhatIf() {
        whatIfColumn.setVisible(view.whatIf.isActive());
        provider.refreshAll();
    }

    /** The rows the filter lets through, in the panel's ranking: what the CSV export holds. */
    List<Workspace.ContestedConclusion> shownRows() {
        String q = folded(filter.getValue());
        return rows.stream().filter(r -> matches(r, q)).toList();
    }

    String csvText() {
        return workspace == null ? ContestedCsv.HEADER + "\r\n" : ContestedCsv.of(workspace, shownRows());
    }

    private void applyFilter() {
        String q = folded(filter.getValue());
        provider.setFilter(r -> matches(r, q));
        showCount();
    }

    private void showCount() {
        shownCount.setText(
                getTranslation("workspace.contested.shown", shownRows().size(), rows.size()));
    }

    /** Every word of the query in the conclusion or its sources' labels, accents and case ignored. */
    private boolean matches(Workspace.ContestedConclusion row, String query) {
        if (query.isBlank()) return true;
        StringBuilder text = new StringBuilder(row.claim().text());
        row.contestedSources().forEach(s -> text.append(' ').append(source(s)));
        String haystack = folded(text.toString());
        for (String word : query.split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) return false;
        }
        return true;
    }

    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    private Button pathsToggle(Workspace.ContestedConclusion row) {
        boolean open = grid.isDetailsVisible(row);
        var b = new Button((open ? VaadinIcon.ANGLE_DOWN : VaadinIcon.ANGLE_RIGHT).create());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.addClassName("contested-paths-toggle");
        b.setAriaLabel(getTranslation("workspace.contested.showPaths") + ": "
                + row.claim().text());
        b.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        b.addClickListener(e -> {
            grid.setDetailsVisible(row, !grid.isDetailsVisible(row));
            provider.refreshItem(row);
        });
        return b;
    }

    /** The explaining paths, one per contested source, from the engine's explanation. */
    VerticalLayout paths(Workspace.ContestedConclusion c) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("contested-paths");
        if (workspace == null) return box;
        Explanation explanation =
                view.service().explain(workspace.id(), c.claim().id()).orElse(null);
        if (explanation == null) return box;
        for (Explanation.ContestedPath p : explanation.contested()) {
            var line = new Span("⚠ " + source(p.sourceId()) + " — "
                    + Paths.render(workspace, p.path(), (k, a) -> getTranslation(k, a)));
            line.addClassName("explaining-path");
            box.add(line);
        }
        return box;
    }

    private String source(String id) {
        return workspace == null ? id : workspace.sourceLabel(id);
    }
}
