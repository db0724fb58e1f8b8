package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.disputatio.evidence.InvalidInputException;
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
        } catch (InvalidInputException e) {
            showError(refusal(e));
        } catch (IllegalArgumentException e) {
            showError(e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage());
        }
    }

    /**
     * The services explain refusals in English. Where the interface language has its own wording for
     * the field at fault (workspace.error.FIELD, French only), that wording is shown instead; English
     * keeps the service's more detailed message.
     */
    private String refusal(InvalidInputException e) {
        String translated = getTranslation("workspace.error." + e.field());
        if (translated.startsWith("!")) {
            return e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage();
        }
        return translated;
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
