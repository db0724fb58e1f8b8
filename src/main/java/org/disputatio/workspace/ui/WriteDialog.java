package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A dialog that writes through {@link WorkspaceWrites}. A refused write leaves the dialog open with
 * everything the user typed, and says why: the services' message, in the interface's language, next to
 * the field at fault.
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
        // The services word their refusals in the request's language: for a dialog, the interface's.
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(getLocale());
        try {
            write.run();
            error.setVisible(false);
            close();
            saved.run();
        } catch (WorkspaceWrites.ConflictException e) {
            showError(getTranslation("workspace.write.conflict"));
        } catch (InvalidInputException e) {
            refused(e);
        } catch (IllegalArgumentException e) {
            showError(e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage());
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    /**
     * The form field showing {@code field} ("quote", "anchor", "reason"…; nested names arrive without their
     * parent, e.g. "text" for "claim.text"), or null when the refusal concerns no field of this form.
     */
    @Nullable
    HasValidation fieldAt(String field) {
        return null;
    }

    /** Each refusal next to its field, and the first one in the alert above the buttons for screen readers. */
    private void refused(InvalidInputException e) {
        for (var refusal : e.refusals()) {
            String name = refusal.field().startsWith("claim.") ? refusal.field().substring(6) : refusal.field();
            int dot = name.indexOf('.');
            HasValidation at = fieldAt(dot < 0 ? name : name.substring(0, dot));
            if (at != null) {
                at.setErrorMessage(refusal.message());
                at.setInvalid(true);
            }
        }
        showError(e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage());
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
