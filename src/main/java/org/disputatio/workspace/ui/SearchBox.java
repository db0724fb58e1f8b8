package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SearchQuery;
import org.disputatio.maps.SearchResults;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * The workspace's one search box: claims by paraphrase or exact words, people by any spelling, sources by
 * author or title, citations by locator. Each result opens its claim or source, and can be shown in the text
 * or in the map.
 */
class SearchBox extends Div {

    private final WorkspaceView view;
    final TextField field = new TextField();
    final Div results = new Div();
    final Paragraph summary = new Paragraph();
    final UnorderedList claims = new UnorderedList();
    final UnorderedList sources = new UnorderedList();
    final Paragraph people = new Paragraph();
    private @Nullable SearchResults shown;

    SearchBox(WorkspaceView view) {
        this.view = view;
        addClassName("workspace-search");
        field.setId("workspace-search");
        field.setPlaceholder(getTranslation("workspace.search.placeholder"));
        field.setAriaLabel(getTranslation("workspace.search.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchQuery.MAX_LENGTH);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(350);
        field.addValueChangeListener(e -> search(e.getValue()));
        field.addKeyPressListener(Key.ESCAPE, e -> close());
        // As wide as its box, which shrinks with the window (workspace.css, .workspace-search).
        field.setWidthFull();

        results.setId("search-results");
        results.addClassName("search-results");
        results.getElement().setAttribute("role", "region");
        results.getElement().setAttribute("aria-label", getTranslation("workspace.search.results"));
        summary.setId("search-summary");
        claims.setId("search-claims");
        sources.setId("search-sources");
        people.setId("search-people");
        var close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        close.setAriaLabel(getTranslation("workspace.search.close"));
        close.addClassName("search-close");
        results.add(close, summary, people, claims, sources);
        results.setVisible(false);
        add(field, results);
    }

    /** Searches the map shown; blank text closes the results. */
    void search(String text) {
        Workspace w = view.workspace();
        if (w == null || text.isBlank()) {
            close();
            return;
        }
        Optional<SearchResults> found;
        try {
            found = view.service().search(w.id(), text);
        } catch (IllegalArgumentException e) {
            summary.setText(e.getMessage());
            results.setVisible(true);
            return;
        }
        found.ifPresent(r -> show(w, r));
    }

    @Nullable
    SearchResults shown() {
        return shown;
    }

    void close() {
        results.setVisible(false);
    }

    private void show(Workspace w, SearchResults r) {
        shown = r;
        results.setVisible(true);
        summary.setText(getTranslation(
                "workspace.search.summary",
                r.claims().size(),
                r.sources().size(),
                r.people().size()));
        people.setVisible(!r.people().isEmpty());
        people.setText(
                r.people().isEmpty()
                        ? ""
                        : getTranslation(
                                "workspace.search.people",
                                r.people().stream()
                                        .map(p -> p.name()
                                                + (p.variants().isEmpty()
                                                        ? ""
                                                        : " (" + String.join(", ", p.variants()) + ")"))
                                        .collect(Collectors.joining(" ; "))));
        claims.removeAll();
        for (SearchResults.ClaimHit hit : r.claims()) {
            var item = new ListItem();
            item.addClassName("search-claim");
            item.getElement().setAttribute("data-claim", hit.id());
            var open = link(hit.text(), () -> view.selectClaim(hit.id()));
            open.addClassName("search-open");
            var kind = new Span(getTranslation("claim.kind." + hit.kind()));
            kind.addClassName("search-kind");
            item.add(kind, open, matched(hit));
            view.whatIf.shift(hit.id()).ifPresent(s -> item.add(WorkspaceView.shiftBadge(s)));
            item.add(actions(hit.id(), hit.start(), hit.end()));
            claims.add(item);
        }
        sources.removeAll();
        for (SearchResults.SourceHit hit : r.sources()) {
            var item = new ListItem();
            item.addClassName("search-source");
            item.getElement().setAttribute("data-source", hit.id());
            item.add(
                    new Span(getTranslation("workspace.search.source")),
                    link(w.sourceLabel(hit.id()), () -> view.openSource(hit.id())));
            if (!hit.locators().isEmpty())
                item.add(new Span(
                        " · " + getTranslation("workspace.search.locators", String.join(" ; ", hit.locators()))));
            // A source shows in the text and the map through the first claim that cites it.
            firstCiting(w, hit.id()).ifPresent(c -> {
                var anchor = c.anchors().isEmpty() ? null : c.anchors().getFirst();
                item.add(actions(c.id(), anchor == null ? null : anchor.start(), anchor == null ? null : anchor.end()));
            });
            sources.add(item);
        }
    }

    private Span matched(SearchResults.ClaimHit hit) {
        var how = new Span(" · "
                + hit.matched().stream()
                        .map(m -> getTranslation("workspace.search.match." + m.name()))
                        .collect(Collectors.joining(", "))
                + (hit.citations().isEmpty() ? "" : " (" + String.join(" ; ", hit.citations()) + ")"));
        how.addClassName("search-matched");
        return how;
    }

    private Span actions(String claimId, @Nullable Integer start, @Nullable Integer end) {
        var box = new Span();
        box.addClassName("search-actions");
        if (start != null && end != null) {
            var text = link(getTranslation("workspace.search.showInText"), () -> {
                view.selectClaim(claimId);
                view.showInReader(start, end);
            });
            text.addClassName("search-show-text");
            box.add(text);
        }
        var map = link(getTranslation("workspace.search.showInMap"), () -> {
            view.selectClaim(claimId);
            view.focusInGraph(claimId);
        });
        map.addClassName("search-show-map");
        box.add(map);
        return box;
    }

    private static Optional<MapContent.Claim> firstCiting(Workspace w, String sourceId) {
        return w.map().claims().stream()
                .filter(c -> c.citations().stream().anyMatch(x -> x.sourceId().equals(sourceId)))
                .findFirst();
    }

    private static Button link(String text, Runnable action) {
        var b = new Button(text, e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return b;
    }
}
