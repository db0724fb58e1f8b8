package org.disputatio.workspace.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/** The user's rating of how strongly an argument's premises support its conclusion, 0 to 100. */
class RatingDialog extends WriteDialog {

    public record Form(@Nullable String argument, @Nullable Integer value) {}

    final Select<String> argument = new Select<>();
    final IntegerField value = new IntegerField();
    final Binder<Form> binder = new Binder<>(Form.class);
    private final Workspace workspace;
    private final WorkspaceWrites writes;
    private final String username;

    RatingDialog(Workspace w, String claimId, WorkspaceWrites writes, String username, Runnable saved) {
        super(GradeDialog.label("workspace.claim.rateInference"), GradeDialog.label("workspace.rating.save"), saved);
        this.workspace = w;
        this.writes = writes;
        this.username = username;
        List<String> arguments = w.argumentsFor(claimId).stream().map(MapContent.Argument::id).toList();
        argument.setLabel(getTranslation("workspace.claimForm.argument"));
        argument.setItems(arguments);
        argument.setItemLabelGenerator(a -> getTranslation("workspace.path.argument", a));
        value.setLabel(getTranslation("workspace.rating.value"));
        value.setHelperText(getTranslation("workspace.rating.help"));
        value.setMin(0);
        value.setMax(100);
        value.setStepButtonsVisible(true);
        String required = getTranslation("accounts.required");
        binder.forField(argument).asRequired(required).bind("argument");
        binder.forField(value)
                .asRequired(required)
                .withValidator(v -> v >= 0 && v <= 100, getTranslation("workspace.rating.help"))
                .bind("value");
        binder.readRecord(new Form(arguments.size() == 1 ? arguments.getFirst() : null, null));
        add(new FormLayout(argument, value), error);
    }

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        write(() -> writes.rateInference(workspace.id(), f.argument(), f.value() / 100.0, username));
    }
}
