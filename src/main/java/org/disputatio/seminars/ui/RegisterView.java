package org.disputatio.seminars.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.disputatio.security.DuplicateUsernameException;
import org.disputatio.security.InvalidAccountInputException;
import org.disputatio.seminars.ExpiredInvitationException;
import org.disputatio.seminars.RegistrationMode;
import org.disputatio.seminars.RegistrationRefusedException;
import org.disputatio.seminars.RegistrationThrottledException;
import org.disputatio.seminars.Registrations;
import org.disputatio.seminars.UnknownInvitationException;

/**
 * Self-registration, as far as {@code disputatio.registration} allows; with an invitation code (from the join link)
 * the new account joins its group. Afterwards the visitor signs in and lands on the group's page.
 */
@Route("register")
@AnonymousAllowed
class RegisterView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Paragraph intro = new Paragraph();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final TextField invitation = new TextField();
    final Button register = new Button();
    final Paragraph error = new Paragraph();

    private final Registrations registrations;

    RegisterView(Registrations registrations) {
        this.registrations = registrations;
        intro.setId("register-intro");
        username.setId("register-username");
        username.setLabel(getTranslation("login.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        password.setId("register-password");
        password.setLabel(getTranslation("login.password"));
        password.setHelperText(getTranslation("accounts.password.help"));
        invitation.setId("register-invitation");
        invitation.setLabel(getTranslation("register.invitation"));
        register.setId("register-submit");
        register.setText(getTranslation("register.submit"));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> register());
        error.setId("register-error");
        error.addClassName("form-error");
        error.setVisible(false);
        var form = new FormLayout(username, password, invitation);
        form.setMaxWidth("40em");
        add(new H2(getTranslation("register.title")), intro, form, error, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("invitation", List.of()).stream()
                .findFirst()
                .ifPresent(invitation::setValue);
        var mode = registrations.mode();
        intro.setText(getTranslation("register.intro." + mode.name().toLowerCase(java.util.Locale.ROOT)));
        boolean closed = mode == RegistrationMode.CLOSED;
        username.setVisible(!closed);
        password.setVisible(!closed);
        invitation.setVisible(!closed);
        invitation.setRequiredIndicatorVisible(mode == RegistrationMode.INVITE);
        register.setVisible(!closed);
    }

    void register() {
        var request = VaadinServletRequest.getCurrent();
        String address = request == null ? "" : request.getRemoteAddr();
        try {
            var registered =
                    registrations.register(username.getValue(), password.getValue(), invitation.getValue(), address);
            String next = registered.joined() == null
                    ? "/"
                    : "/groups/" + registered.joined().groupId();
            Notification.show(getTranslation("register.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("to", next)));
        } catch (InvalidAccountInputException e) {
            show(e.getMessage());
        } catch (DuplicateUsernameException e) {
            show(getTranslation("accounts.duplicate", username.getValue()));
        } catch (RegistrationRefusedException e) {
            show(getTranslation("register.needsInvitation"));
        } catch (UnknownInvitationException e) {
            show(getTranslation("join.unknown"));
        } catch (ExpiredInvitationException e) {
            show(getTranslation("join.expired"));
        } catch (RegistrationThrottledException e) {
            show(getTranslation("login.throttled.message", e.seconds()));
        }
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · Disputatio";
    }
}
