package org.disputatio.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.disputatio.shell.LanguageSwitch;
import org.springframework.core.env.Environment;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

/** The sign-in page, in the visitor's language, with the language switch at hand. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm form = new LoginForm();

    /** To the self-registration page (issue 13), unless the admin closed registration. */
    final Anchor register = new Anchor("register", "");

    public LoginView(Environment environment) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        register.setText(getTranslation("register.link"));
        register.setId("register-link");
        // The seminars module owns registration; this module only reads the operator's setting (ADR 037).
        register.setVisible(!"closed".equalsIgnoreCase(environment.getProperty("disputatio.registration", "invite")));
        add(new H1("Disputatio"), new Paragraph(getTranslation("login.intro")), form, register, new LanguageSwitch());
    }

    /** The error shown after the throttle refused an attempt: how many seconds to wait. */
    private LoginI18n throttled(String seconds) {
        var i18n = i18n();
        i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", seconds));
        return i18n;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var wait = parameters.getOrDefault("throttled", List.of()).stream()
                .filter(s -> s.matches("\\d{1,6}"))
                .findFirst();
        wait.ifPresent(seconds -> form.setI18n(throttled(seconds)));
        form.setError(parameters.containsKey("error") || wait.isPresent());
        parameters.getOrDefault("to", List.of()).stream()
                .filter(LoginView::isLocalPath)
                .findFirst()
                .ifPresent(LoginView::returnAfterSignIn);
    }

    /**
     * Where the sign-in leads afterwards: Spring Security's success handler redirects to the request it
     * saved in the session (it saves one itself when a protected page sent the visitor here). A page open to
     * everyone saves none, so the page the visitor came from is saved as that request.
     */
    private static void returnAfterSignIn(String path) {
        VaadinSession session = VaadinSession.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (session == null || request == null) return;
        session.getSession().setAttribute(SAVED_REQUEST, new SimpleSavedRequest(request.getContextPath() + path));
    }

    /** The attribute of Spring Security's HttpSessionRequestCache, which Vaadin's request cache delegates to. */
    private static final String SAVED_REQUEST = "SPRING_SECURITY_SAVED_REQUEST";

    /** A path on this site only: never another host ("//evil.example", backslashes), a scheme, or the sign-in page. */
    static boolean isLocalPath(String to) {
        return to.length() <= 2000
                && to.startsWith("/")
                && !to.startsWith("//")
                && !to.startsWith("/login")
                && to.chars().noneMatch(c -> c == '\\' || Character.isISOControl(c));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Disputatio";
    }
}
