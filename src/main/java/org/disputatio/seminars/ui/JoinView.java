package org.disputatio.seminars.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.disputatio.seminars.ExpiredInvitationException;
import org.disputatio.seminars.GroupService;
import org.disputatio.seminars.RegistrationMode;
import org.disputatio.seminars.Registrations;
import org.disputatio.seminars.UnknownInvitationException;
import org.jspecify.annotations.Nullable;

/**
 * Where an invitation link leads: a signed-in visitor joins with one click and lands on the group's page; anyone
 * else signs in or registers first, and comes back here (or, registering, joins at once).
 */
@Route("join/:code")
@AnonymousAllowed
class JoinView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Paragraph message = new Paragraph();
    final Button join = new Button();
    final Anchor signIn = new Anchor();
    final Anchor register = new Anchor();

    private final GroupService groups;
    private final Registrations registrations;
    private final Clock clock;
    private final @Nullable String username;
    private String code = "";

    JoinView(GroupService groups, Registrations registrations, Clock clock, AuthenticationContext authentication) {
        this.groups = groups;
        this.registrations = registrations;
        this.clock = clock;
        this.username = authentication.getPrincipalName().orElse(null);
        message.setId("invitation-message");
        join.setId("accept-invitation");
        join.setText(getTranslation("join.accept"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickListener(e -> accept());
        signIn.setId("join-sign-in");
        signIn.setText(getTranslation("join.signIn"));
        register.setId("join-register");
        register.setText(getTranslation("join.register"));
        add(new H2(getTranslation("join.title")), message, new HorizontalLayout(join, signIn, register));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        code = event.getRouteParameters().get("code").orElse("");
        join.setVisible(false);
        signIn.setVisible(false);
        register.setVisible(false);
        var invitation = groups.invitation(code);
        if (invitation.isEmpty()) {
            message.setText(getTranslation("join.unknown"));
            return;
        }
        if (invitation.get().expired(clock.instant())) {
            message.setText(getTranslation("join.expired"));
            return;
        }
        String group = groups.groupName(invitation.get()).orElse("");
        message.setText(getTranslation(
                "join.invited", group, Roles.label(this, invitation.get().role())));
        if (username != null) {
            join.setVisible(true);
            return;
        }
        String here = URLEncoder.encode("/join/" + code, StandardCharsets.UTF_8);
        signIn.setHref("login?to=" + here);
        signIn.setVisible(true);
        register.setHref("register?invitation=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
        register.setVisible(registrations.mode() != RegistrationMode.CLOSED);
    }

    void accept() {
        if (username == null) {
            return;
        }
        try {
            var joined = groups.accept(code, username);
            getUI().ifPresent(ui -> ui.navigate(GroupView.class, new RouteParameters("groupId", joined.groupId())));
        } catch (UnknownInvitationException e) {
            message.setText(getTranslation("join.unknown"));
            join.setVisible(false);
        } catch (ExpiredInvitationException e) {
            message.setText(getTranslation("join.expired"));
            join.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · Disputatio";
    }
}
