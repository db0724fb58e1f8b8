package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.disputatio.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;

/**
 * The map's hidden items, for its moderators only (gaps13, ADR 038): every read leaves a hidden claim, evidence item
 * or contestation out of every panel, so moderators see them here, dimmed and labelled "hidden", with their words as
 * they were marked, and restore them in place. Anyone else sees nothing, as before.
 */
class HiddenItemsPanel extends Div {

    private final WorkspaceView view;
    final Details details = new Details();
    final VerticalLayout rows = new VerticalLayout();

    HiddenItemsPanel(WorkspaceView view) {
        this.view = view;
        setId("workspace-hidden-items");
        addClassName("hidden-items");
        rows.setPadding(false);
        rows.setSpacing(false);
        details.add(rows);
        add(details);
        setVisible(false);
    }

    void show(Workspace w) {
        rows.removeAll();
        String user = view.signedInUser().orElse(null);
        var hidden = view.service().hiddenItems(w.id(), user);
        setVisible(!hidden.isEmpty());
        details.setSummaryText(view.getTranslation("workspace.hidden.summary", hidden.size()));
        for (var item : hidden) {
            var badge = new Span(view.getTranslation("workspace.hidden.badge"));
            badge.getElement().setAttribute("theme", "badge contrast small");
            var text = new Span(view.getTranslation(
                    "workspace.hidden.line",
                    view.getTranslation("moderation.kind." + item.itemKind()),
                    item.text(),
                    view.getTranslation("moderation.reason." + item.reason())));
            var restore = new Button(view.getTranslation("workspace.hidden.restore"));
            restore.setId("hidden-restore-" + item.reviewId());
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.addClickListener(e -> restore(w, item.reviewId()));
            var line = new HorizontalLayout(badge, text, restore);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.addClassName("hidden-item");
            line.setId("hidden-item-" + item.itemId());
            // Dimmed: present for the moderator, absent for everyone else.
            text.getStyle().set("opacity", "0.55").set("text-decoration", "line-through");
            rows.add(line);
        }
    }

    private void restore(Workspace w, String reviewId) {
        String user = view.signedInUser().orElse(null);
        if (user == null) return;
        try {
            view.service().restoreHidden(w.id(), reviewId, user);
        } catch (AccessDeniedException | IllegalStateException | IllegalArgumentException e) {
            Notification.show(e.getMessage(), 6_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        view.refresh();
    }
}
