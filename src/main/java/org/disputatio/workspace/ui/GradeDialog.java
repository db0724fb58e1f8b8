package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.disputatio.shell.HelpTip;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/** The user's Admiralty grade of a source: reliability A–F and credibility 1–6. */
class GradeDialog extends WriteDialog {

    public record Form(
            @Nullable Character reliability, @Nullable Integer credibility) {}

    final Select<Character> reliability = new Select<>();
    final Select<Integer> credibility = new Select<>();
    final Binder<Form> binder = new Binder<>(Form.class);
    private final Workspace workspace;
    private final String sourceId;
    private final WorkspaceWrites writes;
    private final String username;

    GradeDialog(Workspace w, String sourceId, WorkspaceWrites writes, String username, Runnable saved) {
        this(w, sourceId, null, writes, username, saved);
    }

    /** Starts from the user's own grade, if they gave one: grading again replaces it. */
    GradeDialog(
            Workspace w,
            String sourceId,
            org.disputatio.evidence.@Nullable Grade yours,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        super(w.sourceLabel(sourceId), label("workspace.grade.save"), saved);
        this.workspace = w;
        this.sourceId = sourceId;
        this.writes = writes;
        this.username = username;
        reliability.setLabel(getTranslation("workspace.grade.reliability"));
        reliability.setItems(List.of('A', 'B', 'C', 'D', 'E', 'F'));
        reliability.setItemLabelGenerator(r -> r + " — " + getTranslation("workspace.grade.reliability." + r));
        credibility.setLabel(getTranslation("workspace.grade.credibility"));
        credibility.setItems(List.of(1, 2, 3, 4, 5, 6));
        credibility.setItemLabelGenerator(c -> c + " — " + getTranslation("workspace.grade.credibility." + c));
        String required = getTranslation("accounts.required");
        binder.forField(reliability).asRequired(required).bind("reliability");
        binder.forField(credibility).asRequired(required).bind("credibility");
        binder.readRecord(yours == null ? new Form(null, null) : new Form(yours.reliability(), yours.credibility()));
        var intro = new Paragraph(getTranslation("workspace.grade.intro"));
        intro.add(new HelpTip("reliability"), new HelpTip("credibility"));
        add(intro, new FormLayout(reliability, credibility), error);
    }

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        write(() -> writes.gradeSource(workspace.id(), sourceId, f.reliability(), f.credibility(), username));
    }

    static String label(String key) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }

    @Override
    @Nullable
    HasValidation fieldAt(String field) {
        return switch (field) {
            case "reliability" -> reliability;
            case "credibility" -> credibility;
            default -> null;
        };
    }
}
