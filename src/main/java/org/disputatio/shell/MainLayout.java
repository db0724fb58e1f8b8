package org.disputatio.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The frame around every view: title, navigation, language switch, and sign-in state. Features add
 * their entries through {@link NavigationEntry} beans, so the shell depends on no feature.
 */
@Layout
@AnonymousAllowed
@JsModule("./tabs-a11y.js")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private @Nullable Anchor signIn;

    // ---- skip link (issue 11, accessibility): the first Tab stop, shown when the view names a target.
    private final Anchor skip = new Anchor("#", "");
    // ---- end skip link

    public MainLayout(
            AuthenticationContext authentication,
            AccessAnnotationChecker access,
            java.util.List<NavigationEntry> entries) {
        var title = new Span("Disputatio");
        title.addClassName("app-title");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        var nav = new SideNav();
        nav.setLabel(getTranslation("shell.navigation"));
        // Only entries the visitor may open: an anonymous reader sees no "My account".
        entries.stream()
                .filter(e -> access.hasAccess(e.view()))
                .sorted(java.util.Comparator.comparingInt(NavigationEntry::order))
                .forEach(e -> nav.addItem(new SideNavItem(getTranslation(e.labelKey()), e.view())));
        addToDrawer(nav);

        var account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication
                .getAuthenticatedUser(UserDetails.class)
                .ifPresentOrElse(
                        user -> {
                            var name = new Span(user.getUsername());
                            name.setId("signed-in-user");
                            var signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
                            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                            account.add(name, signOut);
                        },
                        () -> {
                            signIn = new Anchor("login", getTranslation("shell.signIn"));
                            signIn.setId("sign-in");
                            account.add(signIn);
                        });
        account.add(new LanguageSwitch());

        // ---- skip link: first in the navbar, which comes first in the frame's Tab order.
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.setVisible(false);
        // Focus moves on the client at once; the event lets the view show the target first if it was hidden.
        skip.getElement().executeJs(SKIP);
        addToNavbar(skip);
        // ---- end skip link

        var header = new HorizontalLayout(new DrawerToggle(), title, account);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    /** Signing in leads back to the page the reader was on (the sign-in view checks the path). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (signIn == null) return;
        String here = "/" + event.getLocation().getPathWithQueryParameters();
        signIn.setHref("login?to=" + URLEncoder.encode(here, StandardCharsets.UTF_8));
    }
    // ---- skip link: follows the view shown.
    private static final String SKIP = """
            this.addEventListener('click', (e) => {
              const t = document.getElementById(this.dataset.target || '');
              if (!t) return;
              e.preventDefault();
              t.dispatchEvent(new CustomEvent('skip-target', { bubbles: true }));
              t.focus();
            });
            """;

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content instanceof SkipTarget target) {
            skip.setText(getTranslation(target.skipLabelKey()));
            skip.setHref("#" + target.skipTargetId());
            skip.getElement().setAttribute("data-target", target.skipTargetId());
            skip.setVisible(true);
        } else {
            skip.setVisible(false);
        }
    }
    // ---- end skip link
}
