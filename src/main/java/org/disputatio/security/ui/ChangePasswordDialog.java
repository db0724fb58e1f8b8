package org.disputatio.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.disputatio.security.AccountService;

/** Any signed-in user changes their own password: the current one, then the new one twice. */
class ChangePasswordDialog extends Dialog {

    public record PasswordChange(String current, String replacement, String repeated) {}

    final PasswordField current = new PasswordField();
    final PasswordField replacement = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    final Binder<PasswordChange> binder = new Binder<>(PasswordChange.class);
    private final AccountService accounts;
    private final String username;

    ChangePasswordDialog(AccountService accounts, String username) {
        this.accounts = accounts;
        this.username = username;
        setHeaderTitle(getTranslation("password.title"));
        current.setLabel(getTranslation("password.current"));
        current.setId("current-password");
        NewPasswordField.labelled(replacement, getTranslation("password.new"), "new-password");
        repeated.setLabel(getTranslation("password.repeat"));
        repeated.setId("repeat-password");
        binder.forField(current).asRequired(getTranslation("accounts.required")).bind("current");
        NewPasswordField.bind(binder, replacement, "replacement");
        binder.forField(repeated)
                .asRequired(getTranslation("accounts.required"))
                .withValidator(v -> v.equals(replacement.getValue()), getTranslation("password.mismatch"))
                .bind("repeated");
        binder.readRecord(new PasswordChange("", "", ""));
        error.setId("password-error");
        error.addClassName("form-error");
        error.setVisible(false);
        var form = new VerticalLayout(current, replacement, repeated, error);
        form.setPadding(false);
        add(form);
        save.setText(getTranslation("password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("password.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void save() {
        PasswordChange change;
        try {
            change = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            accounts.changePassword(username, change.current(), change.replacement());
            close();
            Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException e) {
            // The service says which part is wrong; the fields keep what was typed.
            error.setText(
                    e.getMessage().contains("current") ? getTranslation("password.wrongCurrent") : e.getMessage());
            error.setVisible(true);
        }
    }
}
