package org.disputatio.seminars.ach.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.ach.AchRefusal;
import org.disputatio.seminars.ach.AchScores;
import org.disputatio.seminars.ach.AchService;
import org.disputatio.seminars.ach.Consistency;
import org.disputatio.seminars.ach.Hypothesis;
import org.disputatio.seminars.ach.ItemKind;
import org.disputatio.seminars.ach.MatrixItem;
import org.disputatio.seminars.ach.Weight;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A map's competing-hypotheses matrix (issue 13 point 5): hypotheses as columns, items as rows, each cell a native
 * select (so the keyboard rates it: Tab to the cell, then C, I, N or the arrows), the switch between my matrix and
 * the group's, the ranking by weighted inconsistency, each row's diagnosticity, and the sensitivity in words.
 * Members define hypotheses and rows and rate; everyone who may read the map reads the group matrix.
 */
@Route("maps/:mapId/ach")
@AnonymousAllowed
class AchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AchService ach;
    private final AuthenticationContext authentication;

    final H2 heading = new H2();
    final Anchor workspace = new Anchor();
    final RadioButtonGroup<AchService.Which> which = new RadioButtonGroup<>();
    final TextField hypothesisText = new TextField();
    final ComboBox<AchService.Candidate> hypothesisClaim = new ComboBox<>();
    final Button addHypothesis = new Button();
    final ComboBox<AchService.Candidate> itemPick = new ComboBox<>();
    final Select<Weight> credibility = new Select<>();
    final Select<Weight> relevance = new Select<>();
    final Button addItem = new Button();
    final Span error = new Span();
    final Div matrix = new Div();
    final OrderedList ranking = new OrderedList();
    final UnorderedList sensitivity = new UnorderedList();
    final HorizontalLayout defineHypothesis = new HorizontalLayout();
    final HorizontalLayout defineItem = new HorizontalLayout();

    private @Nullable MapId map;
    /** Counts the renderings of the matrix, in {@code data-rendered}: a client (a test) waits for the next one. */
    private int rendered;

    private String title = "";

    AchView(AchService ach, AuthenticationContext authentication) {
        this.ach = ach;
        this.authentication = authentication;
        setId("ach-view");
        heading.setId("ach-heading");
        workspace.setId("ach-workspace");
        workspace.setText(getTranslation("ach.backToWorkspace"));

        which.setId("ach-which");
        which.setItems(AchService.Which.MINE, AchService.Which.GROUP);
        which.setItemLabelGenerator(w -> getTranslation(w == AchService.Which.MINE ? "ach.mine" : "ach.group"));
        which.addValueChangeListener(e -> {
            if (e.getValue() != null) show();
        });

        hypothesisText.setId("ach-hypothesis-text");
        hypothesisText.setLabel(getTranslation("ach.hypothesis.text"));
        hypothesisText.setMaxLength(AchService.MAX_TEXT);
        hypothesisText.setWidth("24rem");
        hypothesisClaim.setId("ach-hypothesis-claim");
        hypothesisClaim.setLabel(getTranslation("ach.hypothesis.claim"));
        hypothesisClaim.setItemLabelGenerator(c -> c.refId() + " — " + c.text());
        hypothesisClaim.setWidth("20rem");
        hypothesisClaim.setClearButtonVisible(true);
        addHypothesis.setId("ach-hypothesis-add");
        addHypothesis.setText(getTranslation("ach.hypothesis.add"));
        addHypothesis.addClickListener(e -> addHypothesis());
        defineHypothesis.add(hypothesisText, hypothesisClaim, addHypothesis);
        defineHypothesis.setAlignItems(Alignment.BASELINE);

        itemPick.setId("ach-item-pick");
        itemPick.setLabel(getTranslation("ach.item.pick"));
        itemPick.setItemLabelGenerator(
                c -> getTranslation("ach.kind." + c.kind().apiName()) + " " + c.refId() + " — " + c.text());
        itemPick.setWidth("28rem");
        for (var select : List.of(credibility, relevance)) {
            select.setItems(Weight.values());
            select.setItemLabelGenerator(w -> getTranslation("ach.weight." + w.apiName()));
            select.setValue(Weight.MEDIUM);
        }
        credibility.setId("ach-item-credibility");
        credibility.setLabel(getTranslation("ach.item.credibility"));
        relevance.setId("ach-item-relevance");
        relevance.setLabel(getTranslation("ach.item.relevance"));
        addItem.setId("ach-item-add");
        addItem.setText(getTranslation("ach.item.add"));
        addItem.addClickListener(e -> addItem());
        defineItem.add(itemPick, credibility, relevance, addItem);
        defineItem.setAlignItems(Alignment.BASELINE);

        error.setId("ach-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.getElement().setAttribute("role", "alert");
        matrix.setId("ach-matrix");
        matrix.getStyle().set("overflow-x", "auto").set("max-width", "100%");
        ranking.setId("ach-ranking");
        sensitivity.setId("ach-sensitivity");

        var help = new Paragraph(getTranslation("ach.help"));
        help.setId("ach-help");
        add(
                heading,
                workspace,
                help,
                which,
                defineHypothesis,
                defineItem,
                error,
                matrix,
                new H3(getTranslation("ach.ranking")),
                ranking,
                new H3(getTranslation("ach.sensitivity")),
                sensitivity);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        map = event.getRouteParameters()
                .get("mapId")
                .filter(MapId::isValid)
                .map(MapId::new)
                .orElse(null);
        var found = map == null ? java.util.Optional.<String>empty() : ach.title(map, user());
        if (found.isEmpty()) {
            map = null;
            title = getTranslation("ach.noMap");
            heading.setText(title);
            removeAll();
            add(heading);
            return;
        }
        title = found.get();
        heading.setText(getTranslation("ach.heading", title));
        workspace.setHref("workspace/" + map.value());
        boolean member = ach.mayRate(map, user());
        defineHypothesis.setVisible(member);
        defineItem.setVisible(member);
        which.setVisible(user() != null);
        var candidates = ach.candidates(map, user());
        hypothesisClaim.setItems(
                candidates.stream().filter(c -> c.kind() == ItemKind.CLAIM).toList());
        itemPick.setItems(candidates);
        // A member starts on their own matrix, where they rate; others see the group's.
        which.setValue(member ? AchService.Which.MINE : AchService.Which.GROUP);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ach.heading", title);
    }

    /** The signed-in user for a write; the controls that write are shown to members only. */
    private String signedIn() {
        String user = user();
        if (user == null)
            throw new org.springframework.security.access.AccessDeniedException(getTranslation("ach.signIn"));
        return user;
    }

    private @Nullable String user() {
        return authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse(null);
    }

    private void addHypothesis() {
        if (map == null) return;
        var claim = hypothesisClaim.getValue();
        act(() -> ach.addHypothesis(
                map,
                claim == null ? hypothesisText.getValue() : null,
                claim == null ? null : claim.refId(),
                signedIn()));
        hypothesisText.clear();
        hypothesisClaim.clear();
    }

    private void addItem() {
        if (map == null) return;
        var pick = itemPick.getValue();
        if (pick == null) {
            error.setText(getTranslation("ach.item.none"));
            return;
        }
        act(() -> ach.addItem(
                map,
                pick.kind().apiName(),
                pick.refId(),
                credibility.getValue().apiName(),
                relevance.getValue().apiName(),
                signedIn()));
        itemPick.clear();
    }

    /** Runs a write and shows the matrix again, or says why it was refused. */
    private void act(Runnable write) {
        try {
            write.run();
            error.setText("");
        } catch (InvalidInputException | AchRefusal | org.springframework.security.access.AccessDeniedException e) {
            error.setText(e.getMessage());
        }
        show();
    }

    private void show() {
        if (map == null || which.getValue() == null) return;
        String user = user();
        AchService.Which w = user == null ? AchService.Which.GROUP : which.getValue();
        var m = ach.matrix(map, w, user);
        boolean editable = w == AchService.Which.MINE && ach.mayRate(map, user);
        Map<String, String> labels = new HashMap<>();
        m.hypotheses().forEach(h -> labels.put(h.id(), h.label()));
        m.items().forEach(i -> labels.put(i.id(), i.label()));
        Map<String, AchScores.Score> scores = new HashMap<>();
        m.scoring().ranking().forEach(s -> scores.put(s.hypothesisId(), s));
        Map<String, AchScores.Diagnosticity> diagnosticity = new HashMap<>();
        m.scoring().diagnosticity().forEach(d -> diagnosticity.put(d.itemId(), d));
        Map<String, AchService.CellView> cells = new HashMap<>();
        m.cells().forEach(c -> cells.put(c.hypothesisId() + "/" + c.itemId(), c));
        // gaps13: my matrix shows the group's rating beside each of mine, marked where they differ, so that a member
        // compares their judgement with the group's (Burton ACH's personal and group matrices side by side).
        Map<String, AchService.CellView> groupCells = new HashMap<>();
        if (w == AchService.Which.MINE) {
            ach.matrix(map, AchService.Which.GROUP, user)
                    .cells()
                    .forEach(c -> groupCells.put(c.hypothesisId() + "/" + c.itemId(), c));
        }

        matrix.removeAll();
        matrix.getElement().setAttribute("data-rendered", Integer.toString(++rendered));
        // The table shows as soon as there is a hypothesis or a row, so that each one added is seen at once.
        if (!m.hypotheses().isEmpty() || !m.items().isEmpty()) {
            matrix.add(table(m, editable, scores, diagnosticity, cells, groupCells));
        }
        if (m.hypotheses().isEmpty() || m.items().isEmpty()) {
            matrix.add(new Paragraph(getTranslation("ach.empty")));
        }
        if (w == AchService.Which.GROUP) {
            matrix.add(new Paragraph(getTranslation("ach.group.raters", m.raters())));
        }

        ranking.removeAll();
        Map<String, Hypothesis> byId = new HashMap<>();
        m.hypotheses().forEach(h -> byId.put(h.id(), h));
        for (var s : m.scoring().ranking()) {
            var h = byId.get(s.hypothesisId());
            var li = new ListItem(getTranslation("ach.rank", s.rank(), h.label(), h.text(), score(s.inconsistency())));
            li.setId("ach-rank-" + h.label());
            ranking.add(li);
        }

        sensitivity.removeAll();
        if (m.scoring().sensitivity().isEmpty()) {
            sensitivity.add(new ListItem(getTranslation("ach.sensitivity.none")));
        }
        for (var shift : m.scoring().sensitivity()) {
            sensitivity.add(new ListItem(sentence(shift, labels)));
        }
    }

    private Component table(
            AchService.Matrix m,
            boolean editable,
            Map<String, AchScores.Score> scores,
            Map<String, AchScores.Diagnosticity> diagnosticity,
            Map<String, AchService.CellView> cells,
            Map<String, AchService.CellView> groupCells) {
        var table = new Element("table");
        table.setAttribute("id", "ach-table");
        table.getStyle().set("border-collapse", "collapse");
        var head = new Element("tr");
        head.appendChild(th(getTranslation("ach.column.item")), th(getTranslation("ach.column.weight")));
        head.appendChild(th(getTranslation("ach.column.diagnosticity")));
        for (Hypothesis h : m.hypotheses()) {
            var cell = th(h.label() + " — " + h.text());
            cell.setAttribute("id", "ach-hypothesis-" + h.label());
            cell.setAttribute("title", h.text());
            head.appendChild(cell);
        }
        table.appendChild(head);
        for (MatrixItem item : m.items()) {
            var row = new Element("tr");
            row.setAttribute("id", "ach-row-" + item.label());
            row.appendChild(td(item.label() + " ("
                    + getTranslation("ach.kind." + item.kind().apiName()) + " " + item.refId() + ") " + item.text()));
            row.appendChild(td(getTranslation(
                    "ach.weights",
                    getTranslation("ach.weight." + item.credibility().apiName()),
                    getTranslation("ach.weight." + item.relevance().apiName()))));
            var d = diagnosticity.get(item.id());
            var dc = td(
                    d.diagnostic()
                            ? getTranslation("ach.diagnostic", d.spread(), score(d.weightedSpread()))
                            : getTranslation("ach.notDiagnostic"));
            dc.setAttribute("id", "ach-diagnosticity-" + item.label());
            row.appendChild(dc);
            for (Hypothesis h : m.hypotheses()) {
                var c = cells.get(h.id() + "/" + item.id());
                String id = "ach-cell-" + h.label() + "-" + item.label();
                var cell = editable ? selectCell(id, h, item, c) : readCell(id, c, m.which() == AchService.Which.GROUP);
                if (m.which() == AchService.Which.MINE) {
                    compare(
                            cell,
                            "ach-compare-" + h.label() + "-" + item.label(),
                            c,
                            groupCells.get(h.id() + "/" + item.id()));
                }
                row.appendChild(cell);
            }
            table.appendChild(row);
        }
        var foot = new Element("tr");
        foot.appendChild(th(getTranslation("ach.column.score")), new Element("td"), new Element("td"));
        for (Hypothesis h : m.hypotheses()) {
            var s = scores.get(h.id());
            var cell = th(score(s.inconsistency()) + " (#" + s.rank() + ")");
            cell.setAttribute("id", "ach-score-" + h.label());
            foot.appendChild(cell);
        }
        table.appendChild(foot);
        var holder = new Div();
        holder.getElement().appendChild(table);
        return holder;
    }

    /** A native select: Tab reaches it and the keyboard picks a rating (type C, I, N, or use the arrows). */
    private Element selectCell(String id, Hypothesis h, MatrixItem item, AchService.@Nullable CellView c) {
        var td = new Element("td");
        var select = new Element("select");
        select.setAttribute("id", id);
        select.setAttribute("aria-label", getTranslation("ach.cell.label", h.label(), item.label()));
        select.appendChild(option("", "—", c == null || c.rating() == null));
        for (Consistency rating : Consistency.values()) {
            select.appendChild(option(rating.name(), rating.name(), c != null && c.rating() == rating));
        }
        select.addEventListener("change", e -> {
                    String value = e.getEventData().get("element.value").asString();
                    Consistency rating = value == null || value.isEmpty()
                            ? null
                            : Consistency.parse(value).orElse(null);
                    if (map != null) act(() -> ach.rate(map, h.id(), item.id(), rating, signedIn()));
                })
                .addEventData("element.value");
        td.appendChild(select);
        style(td);
        return td;
    }

    private Element readCell(String id, AchService.@Nullable CellView c, boolean group) {
        String text = c == null || c.rating() == null ? "—" : c.rating().name();
        if (group && c != null && c.raters() > 0) {
            text += " " + getTranslation("ach.cell.spread", c.spread(), c.raters());
        }
        var td = td(text);
        td.setAttribute("id", id);
        return td;
    }

    /** Below my rating: the group's, marked (and said to screen readers) where it differs from mine. */
    private void compare(
            Element cell, String id, AchService.@Nullable CellView mine, AchService.@Nullable CellView group) {
        var my = mine == null ? null : mine.rating();
        var theirs = group == null ? null : group.rating();
        var note = new Element("div");
        note.setAttribute("id", id);
        note.setText(getTranslation("ach.compare.group", theirs == null ? "—" : theirs.name()));
        note.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        if (my != theirs) {
            note.setAttribute("data-differs", "true");
            note.setText(note.getText() + " " + getTranslation("ach.compare.differs"));
            cell.getStyle().set("background", "var(--lumo-warning-color-10pct, #fff4d6)");
        }
        cell.appendChild(note);
    }

    private String sentence(AchScores.Shift shift, Map<String, String> labels) {
        String what = shift.dropped() == AchScores.Dropped.ITEM
                ? getTranslation("ach.sensitivity.dropItem", labels.getOrDefault(shift.id(), shift.id()))
                : getTranslation(
                        "ach.sensitivity.rejectSource",
                        shift.id(),
                        shift.items().stream().map(labels::get).collect(Collectors.joining(", ")));
        String leaders = shift.leaders().stream().map(labels::get).collect(Collectors.joining(", "));
        if (shift.leaderChanged()) {
            return getTranslation("ach.sensitivity.first", what, leaders);
        }
        String order =
                shift.ranking().stream().map(s -> labels.get(s.hypothesisId())).collect(Collectors.joining(", "));
        return getTranslation("ach.sensitivity.order", what, order);
    }

    private static Element option(String value, String text, boolean selected) {
        var option = new Element("option");
        option.setAttribute("value", value);
        option.setText(text);
        if (selected) option.setAttribute("selected", true);
        return option;
    }

    private static Element th(String text) {
        var th = new Element("th");
        th.setText(text);
        style(th);
        return th;
    }

    private static Element td(String text) {
        var td = new Element("td");
        td.setText(text);
        style(td);
        return td;
    }

    private static void style(Element cell) {
        cell.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("text-align", "left")
                .set("vertical-align", "top");
    }

    private static String score(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
