package org.disputatio.seminars.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.maps.MapSummary;
import org.disputatio.seminars.GroupActionDeniedException;
import org.disputatio.seminars.GroupMaps;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.GroupService;
import org.disputatio.seminars.Invitation;
import org.disputatio.seminars.InvitationLinks;
import org.disputatio.seminars.LastOwnerException;
import org.disputatio.seminars.Member;
import org.disputatio.seminars.UnknownGroupException;
import org.disputatio.seminars.UnknownMemberException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * A group's page: its maps (instructors and owners add a copy of a map, the owner publishes), with the way to each
 * map's workspace, rounds and ACH matrices; its members (instructors and owners change roles and remove members),
 * its invitations with a link and a code to copy, and a way to leave. Outsiders see only that there is no such
 * group of theirs.
 */
@Route("groups/:groupId")
@PermitAll
class GroupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final H2 title = new H2();
    final Paragraph myRole = new Paragraph();
    final Paragraph notFound = new Paragraph();
    final Grid<Member> members = new Grid<>();
    final Div invitationsPanel = new Div();
    final Select<GroupRole> inviteRole = new Select<>();
    final IntegerField inviteDays = new IntegerField();
    final Button invite = new Button();
    final TextField inviteUrl = new TextField();
    final TextField inviteCode = new TextField();
    final Button copyUrl = new Button();
    final Grid<Invitation> invitations = new Grid<>();
    final Button leave = new Button();
    final Anchor activity = new Anchor();
    final Grid<GroupMaps.GroupMap> maps = new Grid<>();
    final HorizontalLayout addMapForm = new HorizontalLayout();
    final Select<MapSummary> mapToAdd = new Select<>();
    final Button addMap = new Button();

    private final GroupService groups;
    private final GroupMaps groupMaps;
    private final String username;
    private String groupId = "";
    private @Nullable GroupRole role;

    GroupView(GroupService groups, GroupMaps groupMaps, AuthenticationContext authentication) {
        this.groups = groups;
        this.groupMaps = groupMaps;
        this.username = authentication.getPrincipalName().orElse("");
        title.setId("group-name");
        myRole.setId("my-role");
        notFound.setId("group-not-found");
        notFound.setText(getTranslation("group.notFound"));

        members.setId("members-grid");
        members.addColumn(Member::username)
                .setHeader(getTranslation("group.column.member"))
                .setAutoWidth(true);
        members.addComponentColumn(this::roleCell)
                .setHeader(getTranslation("groups.column.role"))
                .setAutoWidth(true);
        members.addColumn(m -> GroupsView.WHEN.format(m.since()))
                .setHeader(getTranslation("group.column.since"))
                .setAutoWidth(true);
        members.addComponentColumn(this::removeCell).setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        members.setAllRowsVisible(true);
        members.getElement().setAttribute("aria-label", getTranslation("group.members"));

        inviteRole.setId("invite-role");
        inviteRole.setLabel(getTranslation("groups.column.role"));
        inviteRole.setItemLabelGenerator(r -> Roles.label(this, r));
        inviteDays.setId("invite-days");
        inviteDays.setLabel(getTranslation("group.invite.days"));
        inviteDays.setMin(1);
        inviteDays.setMax(90);
        inviteDays.setStepButtonsVisible(true);
        inviteDays.setValue(14);
        invite.setId("create-invitation");
        invite.setText(getTranslation("group.invite.create"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(e -> invite());
        inviteUrl.setId("invitation-url");
        inviteUrl.setLabel(getTranslation("group.invite.url"));
        inviteUrl.setReadOnly(true);
        inviteUrl.setWidth("36em");
        inviteCode.setId("invitation-code");
        inviteCode.setLabel(getTranslation("group.invite.code"));
        inviteCode.setReadOnly(true);
        copyUrl.setId("copy-invitation");
        copyUrl.setText(getTranslation("group.invite.copy"));
        copyUrl.addClickListener(e -> {
            copyUrl.getElement()
                    .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", inviteUrl.getValue());
            Notification.show(getTranslation("group.invite.copied"));
        });
        var created = new HorizontalLayout(inviteUrl, inviteCode, copyUrl);
        created.setAlignItems(FlexComponent.Alignment.BASELINE);
        created.setId("new-invitation");
        created.setVisible(false);
        inviteUrl.addValueChangeListener(e -> created.setVisible(!e.getValue().isEmpty()));

        invitations.setId("invitations-grid");
        invitations
                .addColumn(Invitation::code)
                .setHeader(getTranslation("group.invite.code"))
                .setAutoWidth(true);
        invitations
                .addColumn(i -> Roles.label(this, i.role()))
                .setHeader(getTranslation("groups.column.role"))
                .setAutoWidth(true);
        invitations
                .addColumn(i -> GroupsView.WHEN.format(i.expiresAt()))
                .setHeader(getTranslation("group.invite.expires"))
                .setAutoWidth(true);
        invitations
                .addColumn(Invitation::uses)
                .setHeader(getTranslation("group.invite.uses"))
                .setAutoWidth(true);
        invitations.addThemeVariants(GridVariant.LUMO_COMPACT);
        invitations.setAllRowsVisible(true);

        var form = new HorizontalLayout(inviteRole, inviteDays, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        invitationsPanel.add(new H3(getTranslation("group.invitations")), form, created, invitations);

        activity.setId("group-activity");
        activity.setText(getTranslation("group.activity"));

        maps.setId("group-maps-grid");
        maps.addColumn(GroupMaps.GroupMap::title)
                .setHeader(getTranslation("group.maps.column.title"))
                .setFlexGrow(3);
        maps.addComponentColumn(this::mapLinks)
                .setHeader(getTranslation("group.maps.column.open"))
                .setAutoWidth(true);
        maps.addComponentColumn(this::publishedCell)
                .setHeader(getTranslation("group.maps.column.published"))
                .setAutoWidth(true);
        maps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        maps.setAllRowsVisible(true);
        maps.setEmptyStateText(getTranslation("group.maps.none"));
        maps.getElement().setAttribute("aria-label", getTranslation("group.maps"));
        mapToAdd.setId("group-map-source");
        mapToAdd.setLabel(getTranslation("group.maps.add.source"));
        mapToAdd.setItemLabelGenerator(MapSummary::title);
        mapToAdd.setWidth("28em");
        addMap.setId("add-group-map");
        addMap.setText(getTranslation("group.maps.add"));
        addMap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMap.addClickListener(e -> addMap());
        addMapForm.add(mapToAdd, addMap);
        addMapForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        var mapsPanel = new Div(new H3(getTranslation("group.maps")), addMapForm, maps);
        mapsPanel.setWidthFull();

        leave.setId("leave-group");
        leave.setText(getTranslation("group.leave"));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        leave.addClickListener(e -> leave());

        add(
                new RouterLink(getTranslation("groups.back"), GroupsView.class),
                title,
                myRole,
                notFound,
                activity,
                mapsPanel,
                new H3(getTranslation("group.members")),
                members,
                invitationsPanel,
                leave);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        groupId = event.getRouteParameters().get("groupId").orElse("");
        refresh();
    }

    private void refresh() {
        try {
            var group = groups.group(groupId, username);
            role = groups.roleOf(groupId, username);
            title.setText(group.name());
            myRole.setText(getTranslation("group.myRole", Roles.label(this, role)));
            members.setItems(groups.members(groupId, username));
            maps.setItems(groupMaps.maps(groupId, username));
            activity.setHref("groups/" + groupId + "/activity");
            boolean manager = role.atLeast(GroupRole.INSTRUCTOR);
            invitationsPanel.setVisible(manager);
            addMapForm.setVisible(manager);
            if (manager) {
                var copyable = groupMaps.copyable(username);
                mapToAdd.setItems(copyable);
                if (!copyable.isEmpty()) mapToAdd.setValue(copyable.getFirst());
                GroupRole mine = role;
                inviteRole.setItems(
                        Arrays.stream(GroupRole.values()).filter(mine::atLeast).toList());
                inviteRole.setValue(GroupRole.MEMBER);
                invitations.setItems(groups.invitations(groupId, username));
            }
            notFound.setVisible(false);
            setContentVisible(true);
        } catch (UnknownGroupException e) {
            role = null;
            notFound.setVisible(true);
            setContentVisible(false);
        }
    }

    private void setContentVisible(boolean visible) {
        getChildren()
                .filter(c -> c != notFound && !(c instanceof RouterLink))
                .forEach(c -> c.setVisible(visible && (c != invitationsPanel || isManager())));
    }

    private boolean isManager() {
        return role != null && role.atLeast(GroupRole.INSTRUCTOR);
    }

    private com.vaadin.flow.component.Component roleCell(Member member) {
        if (!isManager() || role == null) {
            return new com.vaadin.flow.component.html.Span(Roles.label(this, member.role()));
        }
        GroupRole mine = role;
        var select = new Select<GroupRole>();
        select.setItems(Arrays.stream(GroupRole.values())
                .filter(r -> mine.atLeast(r) || r == member.role())
                .toList());
        select.setItemLabelGenerator(r -> Roles.label(this, r));
        select.setValue(member.role());
        select.setEnabled(mine.atLeast(member.role()));
        select.setAriaLabel(getTranslation("group.roleOf", member.username()));
        select.addClassName("member-role");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                act(() -> groups.changeRole(
                        groupId, member.username(), e.getValue().apiName(), username));
            }
        });
        return select;
    }

    private com.vaadin.flow.component.Component removeCell(Member member) {
        var remove = new Button(getTranslation("group.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("group.removeMember", member.username()));
        remove.addClassName("remove-member");
        remove.setVisible(isManager()
                && role != null
                && role.atLeast(member.role())
                && !member.username().equals(username));
        remove.addClickListener(e -> act(() -> groups.remove(groupId, member.username(), username)));
        return remove;
    }

    private com.vaadin.flow.component.Component mapLinks(GroupMaps.GroupMap map) {
        String id = map.id().value();
        var links = new HorizontalLayout(
                mapLink("workspace/" + id, "group.maps.workspace", "group-map-workspace"),
                mapLink("maps/" + id + "/rounds", "group.maps.rounds", "group-map-rounds"),
                mapLink("maps/" + id + "/ach", "group.maps.ach", "group-map-ach"));
        links.setSpacing(true);
        links.getElement().setAttribute("data-map", id);
        return links;
    }

    private Anchor mapLink(String href, String key, String className) {
        var link = new Anchor(href, getTranslation(key));
        link.addClassName(className);
        return link;
    }

    private com.vaadin.flow.component.Component publishedCell(GroupMaps.GroupMap map) {
        if (role != GroupRole.OWNER) {
            return new com.vaadin.flow.component.html.Span(
                    getTranslation(map.published() ? "group.maps.published" : "group.maps.unpublished"));
        }
        var published = new Checkbox(getTranslation("group.maps.publish"), map.published());
        published.addClassName("group-map-publish");
        published.setAriaLabel(getTranslation("group.maps.publishOf", map.title()));
        published.addValueChangeListener(e -> {
            if (e.isFromClient()) act(() -> groupMaps.publish(groupId, map.id(), e.getValue(), username));
        });
        return published;
    }

    /** Copies the chosen map for the group through the same service as the API, then lists it. */
    void addMap() {
        MapSummary from = mapToAdd.getValue();
        if (from == null) return;
        try {
            groupMaps.copy(groupId, from.id(), username);
            Notification.show(getTranslation("group.maps.added", from.title()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UnknownGroupException | UnknownMapException | AccessDeniedException e) {
            error(e.getMessage());
        }
        refresh();
    }

    void invite() {
        if (inviteRole.getValue() == null || inviteDays.getValue() == null) {
            return;
        }
        try {
            var invitation = groups.invite(groupId, inviteRole.getValue().apiName(), inviteDays.getValue(), username);
            inviteUrl.setValue(InvitationLinks.url(invitation.code()));
            inviteCode.setValue(invitation.code());
            invitations.setItems(groups.invitations(groupId, username));
        } catch (IllegalArgumentException | GroupActionDeniedException e) {
            error(e.getMessage());
        }
    }

    void leave() {
        try {
            groups.remove(groupId, username, username);
            getUI().ifPresent(ui -> ui.navigate(GroupsView.class));
        } catch (LastOwnerException e) {
            error(getTranslation("group.lastOwner"));
        }
    }

    private void act(Runnable change) {
        try {
            change.run();
            Notification.show(getTranslation("group.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (LastOwnerException e) {
            error(getTranslation("group.lastOwner"));
        } catch (AccessDeniedException | UnknownMemberException | UnknownMapException e) {
            error(e.getMessage());
        }
        refresh();
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return (title.getText().isEmpty() ? getTranslation("groups.title") : title.getText()) + " · Disputatio";
    }
}
