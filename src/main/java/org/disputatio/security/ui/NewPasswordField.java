package org.disputatio.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;

/**
 * Where a new password is chosen (an admin creating an account or setting one, a user changing their own), its
 * field says the same rule under it and the form checks the same rule before the service does.
 */
final class NewPasswordField {

    private NewPasswordField() {}

    /** Labels the field, gives it its id and says the rule under it; returns it. */
    static PasswordField labelled(PasswordField field, String label, String id) {
        field.setLabel(label);
        field.setId(id);
        field.setHelperText(field.getTranslation("accounts.password.help"));
        return field;
    }

    /** Binds the field to the record's {@code property}: required, 10 to 128 characters. */
    static <T> void bind(Binder<T> binder, PasswordField field, String property) {
        binder.forField(field)
                .asRequired(field.getTranslation("accounts.required"))
                .withValidator(
                        v -> v.length() >= 10 && v.length() <= 128, field.getTranslation("accounts.password.help"))
                .bind(property);
    }
}
