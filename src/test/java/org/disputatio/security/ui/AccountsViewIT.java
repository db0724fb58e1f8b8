package org.disputatio.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.Set;
import java.util.UUID;
import org.disputatio.IntegrationTest;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: admins create accounts; every user changes their own password; errors keep the input. */
@IntegrationTest
@ViewPackages(classes = AccountsView.class)
class AccountsViewIT extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder encoder;

    private static String fresh() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void admin_createsAnAccount_andSeesItListed() {
        var view = navigate(AccountsView.class);
        String name = fresh();
        view.username.setValue(name);
        view.password.setValue("a-long-enough-password");
        view.create();
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.grid.getListDataView().getItems())
                .anyMatch(a -> a.username().equals(name));
        assertThat(view.username.getValue()).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void duplicateName_isRefused_andTheFormKeepsWhatWasTyped() {
        String name = fresh();
        accounts.createAccount(name, "a-long-enough-password", Set.of());
        var view = navigate(AccountsView.class);
        view.username.setValue(name);
        view.password.setValue("another-long-password");
        view.create();
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).contains(name).contains("already exists");
        assertThat(view.username.getValue()).isEqualTo(name);
        assertThat(view.password.getValue()).isEqualTo("another-long-password");
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void shortPassword_isShownInline_andNothingIsCreated() {
        var view = navigate(AccountsView.class);
        String name = fresh();
        view.username.setValue(name);
        view.password.setValue("short");
        view.create();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("10 to 128 characters.");
        assertThat(accounts.accounts()).noneMatch(a -> a.username().equals(name));
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void admin_setsAnAccountsPassword_andATooShortOneIsShownInline() {
        String name = fresh();
        accounts.createAccount(name, "a-long-enough-password", Set.of());
        var view = navigate(AccountsView.class);
        view.resetAccount.setValue(name);
        view.resetPassword.setValue("short");
        view.resetPassword();
        assertThat(view.resetPassword.isInvalid()).isTrue();
        assertThat(view.resetPassword.getErrorMessage()).isEqualTo("A password has 10 to 128 characters.");
        assertThat(encoder.matches(
                        "a-long-enough-password",
                        accounts.loadUserByUsername(name).getPassword()))
                .isTrue();

        view.resetPassword.setValue("a-new-long-password");
        view.resetPassword();
        assertThat(view.resetPassword.isInvalid()).isFalse();
        assertThat(view.resetPassword.getValue()).isEmpty();
        assertThat(encoder.matches(
                        "a-new-long-password", accounts.loadUserByUsername(name).getPassword()))
                .isTrue();
    }

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void nonAdmin_cannotOpenTheAccounts() {
        var view = navigate(MyAccountView.class);
        assertThat(view.manageAccounts.isVisible()).isFalse();
        assertThatCode(() -> navigate(AccountsView.class)).isInstanceOf(Throwable.class);
    }

    @Test
    void changePassword_wrongCurrentIsReported_thenTheRightOneChangesIt() {
        String name = fresh();
        accounts.createAccount(name, "first-password-123", Set.of());
        var dialog = new ChangePasswordDialog(accounts, name);
        dialog.current.setValue("not-the-password");
        dialog.replacement.setValue("second-password-456");
        dialog.repeated.setValue("second-password-456");
        dialog.save();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("The current password is wrong.");
        assertThat(dialog.replacement.getValue()).isEqualTo("second-password-456");

        dialog.current.setValue("first-password-123");
        dialog.save();
        // The new password is now the current one.
        assertThatCode(() -> accounts.changePassword(name, "second-password-456", "third-password-789"))
                .doesNotThrowAnyException();
    }

    @Test
    void changePassword_mismatchedRepeat_isShownInline() {
        var dialog = new ChangePasswordDialog(accounts, "nobody");
        dialog.current.setValue("whatever-it-is");
        dialog.replacement.setValue("second-password-456");
        dialog.repeated.setValue("second-password-457");
        dialog.save();
        assertThat(dialog.repeated.isInvalid()).isTrue();
        assertThat(dialog.repeated.getErrorMessage()).isEqualTo("The two new passwords differ.");
    }
}
