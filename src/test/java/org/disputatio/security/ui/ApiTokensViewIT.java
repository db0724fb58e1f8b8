package org.disputatio.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiTokenService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: a user creates a token on "My account", sees it once, finds it listed, and revokes it. */
@IntegrationTest
@ViewPackages(classes = MyAccountView.class)
class ApiTokensViewIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    @AfterEach
    void noTokens() {
        TestUsers.ensure(accounts, "tokenview");
        tokens.tokensOf("tokenview").forEach(t -> tokens.revoke("tokenview", t.id()));
    }

    @Test
    @WithMockUser(username = "tokenview", roles = "USER")
    void createdToken_isShownOnce_listed_andRevoked() {
        var panel = navigate(MyAccountView.class).apiTokens;
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(panel.issued.isVisible()).isFalse();

        panel.name.setValue("  seminar script ");
        panel.create.click();

        assertThat(panel.issued.isVisible()).isTrue();
        String shown = panel.newToken.getValue();
        assertThat(shown).startsWith("dsp_").hasSize(47);
        assertThat(panel.shownOnce.getText())
                .isEqualTo("Token seminar script created. Copy it now: it will not be shown again.");
        assertThat(panel.grid.getListDataView().getItems())
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("seminar script"))
                .satisfies(t -> assertThat(t.lastUsedAt()).isNull());
        assertThat(panel.name.getValue()).isEmpty();

        navigate(LoginView.class);
        var again = navigate(MyAccountView.class).apiTokens;
        assertThat(again.issued.isVisible()).as("shown once only").isFalse();
        assertThat(again.newToken.getValue()).isEmpty();
        var listed = again.grid.getListDataView().getItems().toList();
        assertThat(listed).hasSize(1);

        again.revoke(listed.getFirst());
        assertThat(again.grid.getListDataView().getItems()).isEmpty();
        assertThat(again.none.isVisible()).isTrue();
        assertThat(tokens.tokensOf("tokenview")).isEmpty();
    }

    @Test
    @WithMockUser(username = "tokenview", roles = "USER")
    void blankName_isRefused_inFrenchToo() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        var panel = navigate(MyAccountView.class).apiTokens;
        panel.name.setValue("   ");
        panel.create.click();
        assertThat(panel.name.isInvalid()).isTrue();
        assertThat(panel.name.getErrorMessage())
                .isEqualTo("Ce qui l’utilisera, par exemple import nocturne. 100 caractères au plus.");
        assertThat(panel.issued.isVisible()).isFalse();
        assertThat(tokens.tokensOf("tokenview")).isEmpty();
    }

    @Test
    void loginPage_saysHowLongToWait_afterTheThrottleRefused() {
        navigate(LoginView.class);
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("throttled", "42")));
        var view = (LoginView) getCurrentView();
        assertThat(view.form.isError()).isTrue();
        // the form's texts travel to the browser as its i18n property
        assertThat(String.valueOf(view.form.getElement().getPropertyRaw("i18n")))
                .contains("Too many failed sign-ins for this account or from this address. Retry in 42 s.");
    }
}
