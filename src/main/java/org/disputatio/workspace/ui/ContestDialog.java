package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/** Contests a source, with the reason. */
class ContestDialog extends WriteDialog {

    public record Form(String reason) {}

    final TextArea reason = new TextArea();
    final Binder<Form> binder = new Binder<>(Form.class);
    private final Workspace workspace;
    private final String sourceId;
    private final WorkspaceWrites writes;
    private final String username;

    ContestDialog(Workspace w, String sourceId, WorkspaceWrites writes, String username, Runnable saved) {
        super(w.sourceLabel(sourceId), GradeDialog.label("workspace.contest.save"), saved);
        this.workspace = w;
        this.sourceId = sourceId;
        this.writes = writes;
        this.username = username;
        reason.setLabel(getTranslation("workspace.contest.reason"));
        reason.setMaxLength(2000);
        reason.setId("contest-reason");
        save.setId("contest-save");
        reason.setWidth("32em");
        binder.forField(reason).asRequired(getTranslation("accounts.required")).bind("reason");
        binder.readRecord(new Form(""));
        add(reason, error);
    }

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        write(() -> writes.contest(workspace.id(), sourceId, f.reason().strip(), username));
    }

    @Override
    @Nullable
    HasValidation fieldAt(String field) {
        return field.equals("reason") ? reason : null;
    }
}
