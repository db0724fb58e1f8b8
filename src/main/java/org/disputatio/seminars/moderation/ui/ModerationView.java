package org.disputatio.seminars.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapSummary;
import org.disputatio.seminars.moderation.ModerationService;
import org.disputatio.seminars.moderation.Review;
import org.disputatio.seminars.moderation.ReviewReason;
import org.disputatio.seminars.moderation.ReviewStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A map's moderation queue ({@code /moderation/{mapId}}, {@code ?item=} preselects the item to mark): moderators mark
 * items and resolve, hide, restore or remove them; anyone else sees the marks on their own contributions.
 */
@Route("moderation")
@PermitAll
class ModerationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final ModerationService moderation;
    private final MapCatalog catalog;
    private final AuthenticationContext authentication;

    final H2 heading = new H2();
    final Paragraph intro = new Paragraph();
    final TextField item = new TextField();
    final Select<ReviewReason> reason = new Select<>();
    final TextArea note = new TextArea();
    final Button mark = new Button();
    final Grid<Review> queue = new Grid<>();
    private @Nullable MapId map;
    private String title = "";

    ModerationView(ModerationService moderation, MapCatalog catalog, AuthenticationContext authentication) {
        this.moderation = moderation;
        this.catalog = catalog;
        this.authentication = authentication;
        setSizeFull();
        heading.setId("moderation-title");
        intro.setId("moderation-intro");
        item.setId("moderation-item");
        item.setLabel(getTranslation("moderation.item"));
        reason.setId("moderation-reason");
        reason.setLabel(getTranslation("moderation.reason"));
        reason.setItems(ReviewReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("moderation.reason." + r.apiName()));
        reason.setValue(ReviewReason.UNCLEAR);
        note.setId("moderation-note");
        note.setLabel(getTranslation("moderation.note"));
        note.setMaxLength(ModerationService.MAX_NOTE);
        mark.setId("moderation-mark");
        mark.setText(getTranslation("moderation.markForReview"));
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.addClickListener(e -> markItem());
        var form = new HorizontalLayout(item, reason, note, mark);
        form.setId("moderation-form");
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        queue.setId("moderation-queue");
        queue.addColumn(r -> getTranslation("moderation.kind." + r.itemKind()))
                .setHeader(getTranslation("moderation.column.kind"))
                .setAutoWidth(true);
        queue.addColumn(Review::itemText)
                .setHeader(getTranslation("moderation.column.item"))
                .setFlexGrow(3);
        queue.addColumn(r -> r.itemAuthor() == null ? "—" : r.itemAuthor())
                .setHeader(getTranslation("moderation.column.author"))
                .setAutoWidth(true);
        queue.addColumn(r -> getTranslation("moderation.reason." + r.reason().apiName()))
                .setHeader(getTranslation("moderation.reason"))
                .setAutoWidth(true);
        queue.addColumn(Review::note)
                .setHeader(getTranslation("moderation.note"))
                .setFlexGrow(2);
        queue.addColumn(Review::by)
                .setHeader(getTranslation("moderation.column.by"))
                .setAutoWidth(true);
        queue.addColumn(r -> getTranslation("moderation.status." + r.status().apiName()))
                .setHeader(getTranslation("moderation.column.status"))
                .setAutoWidth(true);
        queue.addComponentColumn(this::decisions)
                .setHeader(getTranslation("moderation.column.decide"))
                .setAutoWidth(true);
        // Hidden items stay in the queue, dimmed, so that moderators can read and restore them.
        queue.setPartNameGenerator(r -> r.status() == ReviewStatus.HIDDEN ? "hidden-item" : null);
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        queue.setEmptyStateText(getTranslation("moderation.empty"));
        add(heading, intro, form, queue);
        setFlexGrow(1, queue);
    }

    @Override
    public void setParameter(BeforeEvent event, String mapId) {
        var summary = MapId.isValid(mapId) ? catalog.find(new MapId(mapId)) : java.util.Optional.<MapSummary>empty();
        if (summary.isEmpty()) {
            heading.setText(getTranslation("graph.notFound"));
            intro.setVisible(false);
            queue.setVisible(false);
            mark.getParent().ifPresent(p -> p.setVisible(false));
            return;
        }
        map = summary.get().id();
        title = summary.get().title();
        heading.setText(getTranslation("moderation.title") + " · " + title);
        List<String> preselected =
                event.getLocation().getQueryParameters().getParameters().get("item");
        if (preselected != null && !preselected.isEmpty()) {
            item.setValue(preselected.get(0));
        }
        boolean moderator = moderation.moderates(map, user());
        intro.setText(getTranslation(moderator ? "moderation.intro.moderator" : "moderation.intro.author"));
        mark.getParent().ifPresent(p -> p.setVisible(moderator));
        refresh();
    }

    private void markItem() {
        if (map == null) {
            return;
        }
        MapId id = map;
        act(() -> moderation.request(id, item.getValue(), reason.getValue().apiName(), note.getValue(), user()));
        note.clear();
    }

    private HorizontalLayout decisions(Review review) {
        var buttons = new HorizontalLayout();
        if (map == null || !moderation.moderates(map, user())) {
            return buttons;
        }
        MapId id = map;
        add(buttons, review, "resolve", ReviewStatus.OPEN, r -> moderation.resolve(id, r.id(), user()));
        add(buttons, review, "hide", review.status(), r -> moderation.hide(id, r.id(), user()));
        add(buttons, review, "restore", ReviewStatus.HIDDEN, r -> moderation.restore(id, r.id(), user()));
        add(buttons, review, "remove", review.status(), r -> moderation.remove(id, r.id(), user()));
        return buttons;
    }

    /** A decision's button, offered when the mark's state allows it. */
    private void add(
            HorizontalLayout buttons,
            Review review,
            String decision,
            ReviewStatus needed,
            Function<Review, Review> decide) {
        boolean allowed = switch (decision) {
            case "hide" -> review.status() == ReviewStatus.OPEN || review.status() == ReviewStatus.RESTORED;
            case "remove" ->
                review.status() == ReviewStatus.OPEN
                        || review.status() == ReviewStatus.HIDDEN
                        || review.status() == ReviewStatus.RESTORED;
            default -> review.status() == needed;
        };
        if (!allowed) {
            return;
        }
        var button = new Button(getTranslation("moderation." + decision), e -> act(() -> decide.apply(review)));
        button.setId("moderation-" + decision + "-" + review.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (decision.equals("remove")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        buttons.add(button);
    }

    /** Runs a moderation step, shows a refusal as a notification, and reads the queue again. */
    private void act(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            var shown =
                    Notification.show(e.getMessage() == null ? getTranslation("moderation.failed") : e.getMessage());
            shown.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        if (map != null) {
            queue.setItems(moderation.reviews(map, user()));
        }
    }

    private @Nullable String user() {
        return authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + (title.isEmpty() ? "" : " · " + title) + " · Disputatio";
    }
}
