package org.disputatio.seminars.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.disputatio.seminars.GroupInputException;
import org.disputatio.seminars.GroupService;
import org.disputatio.seminars.GroupSummary;

/** The groups I am in, and a form to create one (I become its owner). */
@Route("groups")
@PermitAll
class GroupsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Grid<GroupSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final Button create = new Button();

    private final GroupService groups;
    private final String username;

    GroupsView(GroupService groups, AuthenticationContext authentication) {
        this.groups = groups;
        this.username = authentication.getPrincipalName().orElse("");
        grid.setId("groups-grid");
        grid.addComponentColumn(g -> {
                    var link = new RouterLink(g.name(), GroupView.class, new RouteParameters("groupId", g.id()));
                    link.addClassName("group-link");
                    return link;
                })
                .setHeader(getTranslation("groups.column.name"))
                .setFlexGrow(4);
        grid.addColumn(g -> Roles.label(this, g.role()))
                .setHeader(getTranslation("groups.column.role"))
                .setAutoWidth(true);
        grid.addColumn(GroupSummary::memberCount)
                .setHeader(getTranslation("groups.column.members"))
                .setAutoWidth(true);
        grid.addColumn(g -> WHEN.format(g.createdAt()))
                .setHeader(getTranslation("groups.column.created"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("groups.title"));

        name.setId("new-group-name");
        name.setLabel(getTranslation("groups.new.name"));
        name.setMaxLength(120);
        name.setWidth("24em");
        create.setId("create-group");
        create.setText(getTranslation("groups.new.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        var form = new HorizontalLayout(name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(new H2(getTranslation("groups.title")), grid, new H3(getTranslation("groups.new")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(groups.mine(username));
    }

    void create() {
        try {
            String id = groups.create(name.getValue(), username);
            getUI().ifPresent(ui -> ui.navigate(GroupView.class, new RouteParameters("groupId", id)));
        } catch (GroupInputException e) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("groups.new.invalid"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " · Disputatio";
    }
}
