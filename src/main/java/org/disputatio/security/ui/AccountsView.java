package org.disputatio.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.disputatio.security.Account;
import org.disputatio.security.AccountService;
import org.disputatio.security.DuplicateUsernameException;
import org.disputatio.security.InvalidAccountInputException;
import org.disputatio.security.Role;

/** Admins create accounts here. The form keeps what was typed when the service refuses it. */
@Route("accounts")
@RolesAllowed("ADMIN")
class AccountsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** What the form collects. */
    public record NewAccount(String username, String password, boolean admin) {}

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final AccountService accounts;
    final Grid<Account> grid = new Grid<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Checkbox admin = new Checkbox();
    final Button create = new Button();
    final Paragraph error = new Paragraph();
    final Binder<NewAccount> binder = new Binder<>(NewAccount.class);
    // An admin sets someone's password: a user who forgot theirs, or accounts restored without hashes (ADR 043).
    final Select<String> resetAccount = new Select<>();
    final PasswordField resetPassword = new PasswordField();
    final Button reset = new Button();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        grid.setId("accounts-grid");
        grid.addColumn(Account::username)
                .setHeader(getTranslation("login.username"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("accounts.roles"))
                .setAutoWidth(true);
        grid.addColumn(a -> WHEN.format(a.createdAt()))
                .setHeader(getTranslation("accounts.created"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", getTranslation("accounts.title"));

        username.setLabel(getTranslation("login.username"));
        username.setId("new-username");
        username.setHelperText(getTranslation("accounts.username.help"));
        NewPasswordField.labelled(password, getTranslation("login.password"), "new-password");
        admin.setLabel(getTranslation("accounts.admin"));
        binder.forField(username)
                .asRequired(getTranslation("accounts.required"))
                .withValidator(v -> v.matches("[\\p{L}\\p{N}._-]{2,64}"), getTranslation("accounts.username.help"))
                .bind("username");
        NewPasswordField.bind(binder, password, "password");
        binder.forField(admin).bind("admin");
        binder.readRecord(new NewAccount("", "", false));

        create.setText(getTranslation("accounts.create"));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        error.setId("accounts-error");
        error.addClassName("form-error");
        error.setVisible(false);

        var form = new FormLayout(username, password, admin);
        form.setMaxWidth("40em");

        resetAccount.setLabel(getTranslation("login.username"));
        resetAccount.setId("reset-account");
        NewPasswordField.labelled(resetPassword, getTranslation("accounts.reset.password"), "reset-password");
        reset.setText(getTranslation("accounts.reset"));
        reset.setId("reset-password-button");
        reset.addClickListener(e -> resetPassword());
        var resetForm = new FormLayout(resetAccount, resetPassword);
        resetForm.setMaxWidth("40em");
        add(
                new H2(getTranslation("accounts.title")),
                grid,
                new H3(getTranslation("accounts.new")),
                form,
                error,
                create,
                new H3(getTranslation("accounts.reset.title")),
                new Paragraph(getTranslation("accounts.reset.intro")),
                resetForm,
                reset);
    }

    void resetPassword() {
        String account = resetAccount.getValue();
        if (account == null) {
            resetAccount.setInvalid(true);
            resetAccount.setErrorMessage(getTranslation("accounts.required"));
            return;
        }
        try {
            accounts.setPassword(account, resetPassword.getValue());
            resetAccount.setInvalid(false);
            resetPassword.setInvalid(false);
            resetPassword.clear();
            Notification.show(getTranslation("accounts.reset.done", account))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidAccountInputException e) {
            resetPassword.setInvalid(true);
            resetPassword.setErrorMessage(e.getMessage());
        }
    }

    private void listAccounts() {
        var all = accounts.accounts();
        grid.setItems(all);
        resetAccount.setItems(all.stream().map(Account::username).toList());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        listAccounts();
    }

    void create() {
        NewAccount draft;
        try {
            draft = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            var roles = draft.admin() ? EnumSet.of(Role.ADMIN) : EnumSet.noneOf(Role.class);
            var account = accounts.createAccount(draft.username(), draft.password(), roles);
            listAccounts();
            binder.readRecord(new NewAccount("", "", false));
            error.setVisible(false);
            Notification.show(getTranslation("accounts.created.done", account.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (DuplicateUsernameException e) {
            showError(getTranslation("accounts.duplicate", draft.username()));
            username.setInvalid(true);
            username.setErrorMessage(getTranslation("accounts.duplicate", draft.username()));
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · Disputatio";
    }
}
