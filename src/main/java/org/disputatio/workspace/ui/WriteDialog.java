package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.disputatio.workspace.WorkspaceWrites;

/**
 * A dialog that writes through {@link WorkspaceWrites}. A refused write leaves the dialog open with
 * everything the user typed, and says why.
 */
abstract class WriteDialog extends Dialog {

    final Paragraph error = new Paragraph();
    final Button save = new Button();
    private final Runnable saved;

    WriteDialog(String title, String saveLabel, Runnable saved) {
        this.saved = saved;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        error.addClassName("form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        save.setText(saveLabel);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> submit());
        var cancel = new Button(getTranslation("password.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Validates the form and, if it is valid, writes. */
    abstract void submit();

    void write(Runnable write) {
        try {
            write.run();
            error.setVisible(false);
            close();
            saved.run();
        } catch (WorkspaceWrites.ConflictException e) {
            showError(getTranslation("workspace.write.conflict"));
        } catch (IllegalArgumentException e) {
            showError(e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
