package org.disputatio.seminars.moderation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.disputatio.seminars.UnknownGroupException;
import org.disputatio.seminars.moderation.GroupActivity;
import org.disputatio.seminars.moderation.SignInRequiredException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

/** A group's activity ({@code /groups/{groupId}/activity}): who did what on which of its maps, newest first. */
@Route("groups/:groupId/activity")
@PermitAll
class GroupActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GroupActivity activity;
    private final AuthenticationContext authentication;
    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final Grid<GroupActivity.Entry> entries = new Grid<>();

    GroupActivityView(GroupActivity activity, AuthenticationContext authentication) {
        this.activity = activity;
        this.authentication = authentication;
        setSizeFull();
        heading.setId("activity-title");
        heading.setText(getTranslation("activity.title"));
        message.setId("activity-message");
        entries.setId("group-activity");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        entries.addColumn(e -> when.format(e.change().at()))
                .setHeader(getTranslation("activity.column.when"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.change().user())
                .setHeader(getTranslation("activity.column.who"))
                .setAutoWidth(true);
        entries.addComponentColumn(e -> new Anchor("workspace/" + e.mapId(), e.mapTitle()))
                .setHeader(getTranslation("activity.column.map"))
                .setAutoWidth(true);
        entries.addColumn(e -> getTranslation(
                        "workspace.history.kind." + e.change().kind().name()))
                .setHeader(getTranslation("activity.column.what"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.change().summary())
                .setHeader(getTranslation("activity.column.summary"))
                .setFlexGrow(3);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        entries.setEmptyStateText(getTranslation("activity.empty"));
        add(heading, message, entries);
        setFlexGrow(1, entries);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String groupId = event.getRouteParameters().get("groupId").orElse("");
        String user = authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse(null);
        try {
            entries.setItems(activity.activity(groupId, null, GroupActivity.DEFAULT_LIMIT, user));
            message.setVisible(false);
        } catch (UnknownGroupException | SignInRequiredException | AccessDeniedException e) {
            // Unknown group, not a member: the same answer, which reveals nothing about the group.
            entries.setVisible(false);
            message.setText(getTranslation("activity.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.title") + " · Disputatio";
    }
}
