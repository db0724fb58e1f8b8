package org.disputatio.seminars.rounds.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.history.WritesRefusedException;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.rounds.Round;
import org.disputatio.seminars.rounds.RoundClosedException;
import org.disputatio.seminars.rounds.RoundKind;
import org.disputatio.seminars.rounds.RoundResults;
import org.disputatio.seminars.rounds.RoundService;
import org.disputatio.seminars.rounds.RoundService.RatingRow;
import org.disputatio.seminars.rounds.RoundService.RoundSummary;
import org.disputatio.seminars.rounds.RoundService.RoundView;
import org.disputatio.shell.Chart;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A map's blind rating rounds (issue 13 point 4, ADR 039), at {@code /maps/{id}/rounds}: instructors choose a kind
 * and items and open a round, see who has rated and close it; members rate the round's items with their own
 * controls only; once closed, everyone sees the spread, their rating against the group's, alpha per item and for
 * the round with its interpretation, a chart and the CSV. Every rule is the service's: this page shows what
 * {@link RoundService#view} returns for the signed-in user, so it cannot show more than the API does.
 */
@Route("maps/:mapId/rounds")
@AnonymousAllowed
class RoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoundService rounds;
    private final MapCatalog catalog;
    private final AuthenticationContext authentication;

    final H2 heading = new H2();
    final Anchor back = new Anchor();
    final Paragraph message = new Paragraph();
    final VerticalLayout opening = new VerticalLayout();
    final Select<RoundKind> kind = new Select<>();
    final MultiSelectComboBox<RoundService.Candidate> items = new MultiSelectComboBox<>();
    final Button open = new Button();
    final Grid<RoundSummary> list = new Grid<>();
    final Button refresh = new Button();
    final VerticalLayout detail = new VerticalLayout();

    private @Nullable MapId map;
    private GroupRole role = GroupRole.VIEWER;
    private @Nullable String selected;
    private Map<String, String> labels = Map.of();
    private String title = "";

    RoundsView(RoundService rounds, MapCatalog catalog, AuthenticationContext authentication) {
        this.rounds = rounds;
        this.catalog = catalog;
        this.authentication = authentication;
        setWidthFull();
        back.setId("rounds-back");
        message.setId("rounds-message");

        kind.setId("round-kind");
        kind.setLabel(getTranslation("rounds.kind"));
        kind.setItems(RoundKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("rounds.kind." + k.apiName()));
        kind.addValueChangeListener(e -> fillCandidates());
        items.setId("round-items");
        items.setLabel(getTranslation("rounds.items"));
        items.setItemLabelGenerator(RoundService.Candidate::label);
        items.setWidth("min(60em, 100%)");
        items.setHelperText(getTranslation("rounds.items.help"));
        open.setId("round-open");
        open.setText(getTranslation("rounds.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openRound());
        var form = new HorizontalLayout(kind, items, open);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        opening.setPadding(false);
        opening.add(new H3(getTranslation("rounds.new")), form);

        list.setId("rounds-grid");
        list.addColumn(r -> getTranslation("rounds.kind." + r.kind())).setHeader(getTranslation("rounds.column.kind"));
        list.addColumn(r -> getTranslation("rounds.status." + r.status()))
                .setHeader(getTranslation("rounds.column.status"));
        list.addColumn(RoundSummary::itemCount).setHeader(getTranslation("rounds.column.items"));
        list.addColumn(RoundSummary::raterCount).setHeader(getTranslation("rounds.column.raters"));
        list.addColumn(RoundSummary::openedBy).setHeader(getTranslation("rounds.column.openedBy"));
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        list.setAllRowsVisible(true);
        list.setEmptyStateText(getTranslation("rounds.none"));
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> select(r.id())));
        refresh.setId("round-refresh");
        refresh.setText(getTranslation("rounds.refresh"));
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.addClickListener(e -> reload());
        detail.setId("round-detail");
        detail.setPadding(false);
        add(
                heading,
                back,
                message,
                opening,
                new HorizontalLayout(new H3(getTranslation("rounds.list")), refresh),
                list,
                detail);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("mapId").orElse("");
        var summary =
                MapId.isValid(id) ? catalog.find(new MapId(id)) : Optional.<org.disputatio.maps.MapSummary>empty();
        if (summary.isEmpty()) {
            notFound();
            return;
        }
        map = new MapId(id);
        try {
            role = rounds.role(map, user());
        } catch (UnknownItemException e) {
            notFound();
            return;
        }
        title = summary.get().title();
        heading.setText(getTranslation("rounds.title", title));
        back.setText(getTranslation("rounds.back"));
        back.setHref("workspace/" + id);
        message.setVisible(false);
        opening.setVisible(role.atLeast(GroupRole.INSTRUCTOR));
        kind.setValue(RoundKind.EVIDENCE);
        selected = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("round")
                .orElse(null);
        reload();
    }

    private void notFound() {
        map = null;
        heading.setText(getTranslation("rounds.title", ""));
        message.setText(getTranslation("graph.notFound"));
        message.setVisible(true);
        opening.setVisible(false);
        list.setVisible(false);
        refresh.setVisible(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title", title);
    }

    private @Nullable String user() {
        return authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse(null);
    }

    private void fillCandidates() {
        if (map == null || kind.getValue() == null || !role.atLeast(GroupRole.INSTRUCTOR)) return;
        items.clear();
        items.setItems(rounds.candidates(map, kind.getValue()));
    }

    private void openRound() {
        if (map == null || kind.getValue() == null) return;
        String user = user();
        if (user == null) return;
        List<@Nullable String> ids = new ArrayList<>(items.getSelectedItems().stream()
                .map(RoundService.Candidate::id)
                .toList());
        act(() -> {
            selected = rounds.open(map, kind.getValue().apiName(), ids, user);
            items.clear();
            Notification.show(getTranslation("rounds.opened")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        reload();
    }

    private void reload() {
        if (map == null) return;
        List<RoundSummary> all = rounds.list(map, user());
        list.setItems(all);
        if (selected == null && !all.isEmpty()) selected = all.getFirst().id();
        all.stream().filter(r -> r.id().equals(selected)).findFirst().ifPresent(list::select);
        showDetail();
    }

    private void select(String roundId) {
        if (roundId.equals(selected) && detail.getComponentCount() > 0) return;
        selected = roundId;
        showDetail();
    }

    private void showDetail() {
        detail.removeAll();
        if (map == null || selected == null) return;
        String user = user();
        RoundView view;
        Round round;
        try {
            view = rounds.view(map, selected, user);
            round = rounds.round(map, selected, user);
        } catch (UnknownItemException e) {
            return;
        }
        labels = new LinkedHashMap<>();
        if (role.atLeast(GroupRole.VIEWER)) {
            rounds.candidates(map, round.kind()).forEach(c -> labels.put(c.id(), c.label()));
        }
        var header = new H3(getTranslation(
                "rounds.detail",
                getTranslation("rounds.kind." + view.kind()),
                getTranslation("rounds.status." + view.status())));
        header.setId("round-heading");
        detail.getElement().setAttribute("data-round", view.id());
        detail.getElement().setAttribute("data-status", view.status());
        detail.add(header);
        var raters = new Paragraph(
                view.raters().isEmpty()
                        ? getTranslation("rounds.raters.none")
                        : getTranslation("rounds.raters", String.join(", ", view.raters())));
        raters.setId("round-raters");
        detail.add(raters);
        if (round.open()) {
            detail.add(new Paragraph(getTranslation("rounds.blind")));
            if (user != null && role.atLeast(GroupRole.MEMBER)) detail.add(ratingControls(round, view, user));
            if (role.atLeast(GroupRole.INSTRUCTOR)) {
                var close = new Button(getTranslation("rounds.close"), e -> closeRound());
                close.setId("round-close");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR);
                detail.add(close);
            }
        } else {
            rounds.results(map, selected, user).ifPresent(results -> showResults(round, view, results, user));
        }
    }

    private Component ratingControls(Round round, RoundView view, String user) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setId("round-rating");
        for (int i = 0; i < round.items().size(); i++) {
            String item = round.items().get(i);
            RatingRow mine = view.ratings().stream()
                    .filter(r -> r.itemId().equals(item) && r.user().equals(user))
                    .findFirst()
                    .orElse(null);
            var line = new HorizontalLayout();
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.setWidthFull();
            var name = new Span(labels.getOrDefault(item, item));
            name.getStyle().set("flex", "1");
            line.add(name);
            if (round.kind() == RoundKind.GRADE) {
                Select<String> reliability =
                        scaleSelect(RoundKind.Scale.RELIABILITY, "round-rate-" + i + "-reliability");
                Select<String> credibility =
                        scaleSelect(RoundKind.Scale.CREDIBILITY, "round-rate-" + i + "-credibility");
                if (mine != null) {
                    reliability.setValue(mine.reliability());
                    credibility.setValue(
                            mine.credibility() == null
                                    ? null
                                    : mine.credibility().toString());
                }
                Runnable save = () -> {
                    if (reliability.getValue() != null && credibility.getValue() != null) {
                        rate(item, null, reliability.getValue(), Integer.valueOf(credibility.getValue()));
                    }
                };
                reliability.addValueChangeListener(e -> {
                    if (e.isFromClient()) save.run();
                });
                credibility.addValueChangeListener(e -> {
                    if (e.isFromClient()) save.run();
                });
                line.add(reliability, credibility);
            } else {
                Select<String> value = scaleSelect(RoundKind.Scale.VALUE, "round-rate-" + i);
                if (mine != null && mine.value() != null) value.setValue(spell(mine.value()));
                value.addValueChangeListener(e -> {
                    if (e.isFromClient() && e.getValue() != null) rate(item, Double.valueOf(e.getValue()), null, null);
                });
                line.add(value);
            }
            box.add(line);
        }
        return box;
    }

    private Select<String> scaleSelect(RoundKind.Scale scale, String id) {
        var select = new Select<String>();
        select.setId(id);
        select.setItems(scale.categories());
        select.setPlaceholder(getTranslation("rounds.rate." + scale.apiName()));
        select.setAriaLabel(getTranslation("rounds.rate." + scale.apiName()));
        select.setItemLabelGenerator(c -> categoryLabel(scale, c));
        return select;
    }

    private String categoryLabel(RoundKind.Scale scale, String category) {
        return switch (scale) {
            case VALUE ->
                getTranslation("workspace.rating.step."
                        + RoundKind.Scale.VALUE.categories().indexOf(category));
            case RELIABILITY -> category + " — " + getTranslation("workspace.grade.reliability." + category);
            case CREDIBILITY -> category + " — " + getTranslation("workspace.grade.credibility." + category);
        };
    }

    private void rate(
            String item, @Nullable Double value, @Nullable String reliability, @Nullable Integer credibility) {
        String user = user();
        if (map == null || selected == null || user == null) return;
        boolean saved = act(() -> rounds.rate(map, selected, item, user, value, reliability, credibility));
        if (saved) {
            Notification.show(getTranslation("rounds.rated")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            detail.getElement().setAttribute("data-rated", Long.toString(System.nanoTime()));
        }
    }

    private void closeRound() {
        String user = user();
        if (map == null || selected == null || user == null) return;
        act(() -> rounds.close(map, selected, user));
        reload();
    }

    private void showResults(Round round, RoundView view, RoundResults results, @Nullable String user) {
        for (var scale : round.kind().scales()) {
            var result = results.scales().get(scale.apiName());
            if (result == null) continue;
            var alpha = new Paragraph(getTranslation(
                    "rounds.alpha",
                    getTranslation("rounds.scale." + scale.apiName()),
                    alphaText(result.alpha(), result.interpretation(), result.reason())));
            alpha.setId("round-alpha-" + scale.apiName());
            alpha.getElement().setAttribute("data-alpha", result.alpha() == null ? "" : format(result.alpha()));
            alpha.getElement().setAttribute("data-interpretation", result.interpretation());
            var explained = new Span(getTranslation("rounds.alpha.explained." + result.level()));
            explained.addClassName("round-alpha-explained");
            explained.getStyle().set("color", "var(--lumo-secondary-text-color)");
            detail.add(alpha, explained);

            var grid = new Grid<RoundResults.ItemResult>();
            grid.setId("round-results-" + scale.apiName());
            grid.addColumn(r -> labels.getOrDefault(r.itemId(), r.itemId()))
                    .setHeader(getTranslation("rounds.column.item"))
                    .setFlexGrow(3);
            grid.addColumn(r -> r.spread().entrySet().stream()
                            .filter(e -> e.getValue() > 0)
                            .map(e -> e.getKey() + "×" + e.getValue())
                            .reduce((a, b) -> a + "  " + b)
                            .orElse("—"))
                    .setHeader(getTranslation("rounds.column.spread"))
                    .setFlexGrow(2);
            grid.addColumn(r -> Objects.requireNonNullElse(r.group(), "—"))
                    .setHeader(getTranslation(
                            scale.level() == org.disputatio.seminars.rounds.Agreement.Level.NOMINAL
                                    ? "rounds.column.mode"
                                    : "rounds.column.median"));
            grid.addColumn(r -> mine(view, r.itemId(), scale, user)).setHeader(getTranslation("rounds.column.yours"));
            grid.addColumn(r -> alphaText(r.alpha(), r.interpretation(), r.reason()))
                    .setHeader(getTranslation("rounds.column.alpha"))
                    .setFlexGrow(2);
            grid.setItems(result.items());
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            detail.add(grid);

            var chart = new Chart();
            chart.setId("round-chart-" + scale.apiName());
            chart.setHeight("220px");
            List<String> itemNames = result.items().stream()
                    .map(r -> shorten(labels.getOrDefault(r.itemId(), r.itemId())))
                    .toList();
            List<Chart.Series> series = new ArrayList<>();
            String[] colours = {"#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#2980b9", "#8e44ad"};
            for (int c = 0; c < scale.categories().size(); c++) {
                String category = scale.categories().get(c);
                List<Integer> counts = result.items().stream()
                        .map(r -> r.spread().getOrDefault(category, 0))
                        .toList();
                String colour = colours[c % colours.length];
                series.add(new Chart.Series(
                        categoryLabel(scale, category),
                        counts,
                        counts.stream().map(n -> colour).toList()));
            }
            chart.showBars(
                    itemNames,
                    series,
                    true,
                    getTranslation("rounds.chart.axis"),
                    getTranslation("rounds.chart.description", getTranslation("rounds.scale." + scale.apiName())));
            detail.add(chart);
        }
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = rounds.csv(Objects.requireNonNull(map), round.id(), user)
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "round-" + round.id() + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                com.vaadin.flow.component.html.AttachmentType.DOWNLOAD,
                getTranslation("rounds.csv"));
        download.setId("round-csv");
        download.setTarget(AnchorTarget.DEFAULT);
        detail.add(download);
    }

    /** The user's own rating of the item on the scale, or a dash. */
    private static String mine(RoundView view, String itemId, RoundKind.Scale scale, @Nullable String user) {
        return view.ratings().stream()
                .filter(r -> r.itemId().equals(itemId) && r.user().equals(user))
                .findFirst()
                .map(r -> switch (scale) {
                    case VALUE -> r.value() == null ? "—" : spell(r.value());
                    case RELIABILITY -> Objects.requireNonNullElse(r.reliability(), "—");
                    case CREDIBILITY ->
                        r.credibility() == null ? "—" : r.credibility().toString();
                })
                .orElse("—");
    }

    private String alphaText(@Nullable Double alpha, String interpretation, @Nullable String reason) {
        if (alpha == null) {
            return getTranslation(
                    "rounds.interpretation.undefined." + Objects.requireNonNullElse(reason, "no-variation"));
        }
        return format(alpha) + " — " + getTranslation("rounds.interpretation." + interpretation);
    }

    private static String format(double alpha) {
        return String.format(Locale.ROOT, "%.3f", alpha);
    }

    private static String spell(double value) {
        return RoundKind.Scale.VALUE.categories().stream()
                .filter(c -> Double.valueOf(c) == value)
                .findFirst()
                .orElse(Double.toString(value));
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    /** Runs a write; a refusal the user can act on is shown as it is. */
    private boolean act(Runnable write) {
        try {
            write.run();
            return true;
        } catch (InvalidInputException
                | AccessDeniedException
                | RoundClosedException
                | UnknownItemException
                | WritesRefusedException e) {
            var n = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }
}
