package org.disputatio.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiTokenService;
import org.disputatio.security.Role;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user's own page: change the password, manage API tokens; admins also find the accounts here. */
@Route("account")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    final Button changePassword = new Button();
    final RouterLink manageAccounts = new RouterLink();
    final ApiTokensPanel apiTokens;

    MyAccountView(AccountService accounts, ApiTokenService tokens, AuthenticationContext authentication) {
        String username = authentication
                .getAuthenticatedUser(UserDetails.class)
                .map(UserDetails::getUsername)
                .orElse("");
        add(new H2(getTranslation("account.title")), new Paragraph(getTranslation("account.signedInAs", username)));
        changePassword.setText(getTranslation("password.title"));
        changePassword.setId("change-password");
        changePassword.addClickListener(e -> new ChangePasswordDialog(accounts, username).open());
        add(changePassword);
        manageAccounts.setText(getTranslation("accounts.title"));
        manageAccounts.setRoute(AccountsView.class);
        manageAccounts.setVisible(authentication.hasRole(Role.ADMIN.name()));
        add(manageAccounts);
        apiTokens = new ApiTokensPanel(tokens, username);
        add(apiTokens);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " · Disputatio";
    }
}
