package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.authoring.AnchorRequest;
import org.disputatio.authoring.ClaimChange;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.authoring.MapPerson;
import org.disputatio.authoring.RevisedClaim;
import org.disputatio.authoring.SplitPart;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** The dialogs of claim revision: edit a claim, merge it into another, split it in two (ADR 035). */
final class ClaimRevisionDialogs {

    /** The proponent choice that means "me", the signed-in user. */
    static final String ME = "";

    private ClaimRevisionDialogs() {}

    static WriteDialog edit(
            Workspace w,
            String claimId,
            ClaimRevision revision,
            ReaderPanel.@Nullable Selection selection,
            String user,
            Runnable saved) {
        return new Edit(w, claimId, revision, selection, user, saved);
    }

    static WriteDialog merge(Workspace w, String claimId, ClaimRevision revision, String user, Runnable saved) {
        return new Merge(w, claimId, revision, user, saved);
    }

    static WriteDialog split(Workspace w, String claimId, ClaimRevision revision, String user, Runnable saved) {
        return new Split(w, claimId, revision, user, saved);
    }

    /** Runs a revision, turning its refusals into what {@link WriteDialog} shows next to the form. */
    static void revise(WriteDialog dialog, Runnable revision) {
        dialog.write(() -> {
            try {
                revision.run();
            } catch (ConcurrentEditException e) {
                throw new WorkspaceWrites.ConflictException(e.getMessage());
            } catch (AccessDeniedException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
    }

    private static Select<String> kinds(String label) {
        var kind = new Select<String>();
        kind.setLabel(label);
        kind.setItems(java.util.Arrays.stream(ClaimKind.values())
                .map(ClaimKind::spelling)
                .toList());
        kind.setItemLabelGenerator(k -> kind.getTranslation("claim.kind." + k));
        return kind;
    }

    /** Text, kind, proponent (a person of the map, a new one, or the user) and, from the reader, new words. */
    static final class Edit extends WriteDialog {

        final TextArea text = new TextArea();
        final Select<String> kind;
        final Select<String> proponent = new Select<>();
        final TextField newPerson = new TextField();
        final Button addPerson = new Button();
        final Checkbox reanchor = new Checkbox();
        private final RevisedClaim claim;

        Edit(
                Workspace w,
                String claimId,
                ClaimRevision revision,
                ReaderPanel.@Nullable Selection selection,
                String user,
                Runnable saved) {
            super(
                    GradeDialog.label("workspace.claimActions.edit"),
                    GradeDialog.label("workspace.claimForm.save"),
                    saved);
            claim = revision.find(w.id(), claimId).orElseThrow();
            kind = kinds(getTranslation("map.column.kind"));
            text.setLabel(getTranslation("workspace.claimForm.text"));
            text.setMaxLength(2000);
            text.setId("claim-edit-text");
            text.setValue(claim.text());
            kind.setValue(claim.kind());
            kind.setId("claim-edit-kind");
            proponent.setLabel(getTranslation("workspace.claimActions.proponent"));
            proponent.setId("claim-edit-proponent");
            fillPeople(revision.people(w.id()), user);
            proponent.setValue(claim.proponentId() != null ? claim.proponentId() : ME);
            newPerson.setLabel(getTranslation("workspace.claimActions.newPerson"));
            newPerson.setId("claim-edit-new-person");
            addPerson.setText(getTranslation("workspace.claimActions.addPerson"));
            addPerson.setId("claim-edit-add-person");
            addPerson.addClickListener(e -> {
                if (newPerson.getValue().isBlank()) return;
                write(() -> {
                    String id = revision.addPerson(w.id(), newPerson.getValue(), user);
                    fillPeople(revision.people(w.id()), user);
                    proponent.setValue(id);
                    newPerson.clear();
                    throw new StayOpen();
                });
            });
            reanchor.setLabel(
                    selection == null
                            ? getTranslation("workspace.claimActions.reanchorNone")
                            : getTranslation(
                                    "workspace.claimActions.reanchor", ClaimActions.abbreviated(selection.exact())));
            reanchor.setEnabled(selection != null);
            reanchor.setId("claim-edit-reanchor");
            var person = new HorizontalLayout(newPerson, addPerson);
            person.setAlignItems(FlexComponent.Alignment.BASELINE);
            var form = new FormLayout(kind, proponent, text, person, reanchor, error);
            form.setColspan(text, 2);
            form.setColspan(error, 2);
            add(form);
            save.setId("claim-edit-save");
            save.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
            this.selection = selection;
            this.revision = revision;
            this.workspace = w;
            this.user = user;
        }

        private final ReaderPanel.@Nullable Selection selection;
        private final ClaimRevision revision;
        private final Workspace workspace;
        private final String user;

        private void fillPeople(List<MapPerson> people, String user) {
            var ids = new ArrayList<String>();
            ids.add(ME);
            people.forEach(p -> ids.add(p.id()));
            proponent.setItems(ids);
            proponent.setItemLabelGenerator(id -> id.equals(ME)
                    ? getTranslation("workspace.claimActions.me", user)
                    : people.stream()
                            .filter(p -> p.id().equals(id))
                            .map(MapPerson::name)
                            .findFirst()
                            .orElse(id));
        }

        @Override
        void submit() {
            var sel = selection;
            AnchorRequest anchor =
                    reanchor.getValue() && sel != null ? AnchorRequest.at(sel.exact(), sel.start(), sel.end()) : null;
            String chosen = proponent.getValue() == null ? ME : proponent.getValue();
            String was = claim.proponentId() == null ? ME : claim.proponentId();
            var change = new ClaimChange(
                    text.getValue().equals(claim.text()) ? null : text.getValue(),
                    claim.kind().equals(kind.getValue()) ? null : kind.getValue(),
                    chosen.equals(was) ? null : chosen,
                    anchor);
            if (change.text() == null && change.kind() == null && change.proponentId() == null && anchor == null) {
                close();
                return;
            }
            revise(this, () -> revision.edit(workspace.id(), claim.id(), claim.version(), change, user));
        }

        @Override
        void write(Runnable write) {
            try {
                super.write(write);
            } catch (StayOpen e) {
                // a person was added: the dialog stays open with the new person chosen
            }
        }

        @Override
        @Nullable
        HasValidation fieldAt(String field) {
            return switch (field) {
                case "text" -> text;
                case "kind" -> kind;
                case "proponentId" -> proponent;
                case "name" -> newPerson;
                default -> null;
            };
        }
    }

    /** Thrown by a dialog's action that saved something but keeps the dialog open. */
    static final class StayOpen extends RuntimeException {
        StayOpen() {
            super(null, null, false, false);
        }
    }

    /** Picks, by searching their texts, the claim this one duplicates; that one keeps everything of both. */
    static final class Merge extends WriteDialog {

        final ComboBox<MapContent.Claim> into = new ComboBox<>();
        private final Workspace workspace;
        private final String claimId;
        private final ClaimRevision revision;
        private final String user;

        Merge(Workspace w, String claimId, ClaimRevision revision, String user, Runnable saved) {
            super(
                    GradeDialog.label("workspace.claimActions.merge"),
                    GradeDialog.label("workspace.claimActions.merge"),
                    saved);
            this.workspace = w;
            this.claimId = claimId;
            this.revision = revision;
            this.user = user;
            into.setLabel(getTranslation("workspace.claimActions.mergeInto"));
            into.setId("claim-merge-into");
            into.setWidthFull();
            into.setItems(
                    (claim, filter) -> claim.text()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .contains(filter.toLowerCase(java.util.Locale.ROOT))
                            || claim.id().equalsIgnoreCase(filter),
                    w.map().claims().stream()
                            .filter(c -> !c.id().equals(claimId))
                            .toList());
            into.setItemLabelGenerator(c -> c.id() + " — " + ClaimActions.abbreviated(c.text()));
            add(new Paragraph(getTranslation(
                    "workspace.claimActions.mergeWhat",
                    w.claim(claimId).map(MapContent.Claim::text).orElse(claimId))));
            add(into, error);
            save.setId("claim-merge-save");
        }

        @Override
        void submit() {
            var survivor = into.getValue();
            if (survivor == null) {
                into.setInvalid(true);
                into.setErrorMessage(getTranslation("accounts.required"));
                return;
            }
            revise(this, () -> revision.merge(workspace.id(), claimId, survivor.id(), null, user));
        }

        @Override
        @Nullable
        HasValidation fieldAt(String field) {
            return "intoId".equals(field) ? into : null;
        }
    }

    /** Two texts and, optionally, the words of each within the claim's own. */
    static final class Split extends WriteDialog {

        final TextArea firstText = new TextArea();
        final TextField firstWords = new TextField();
        final TextArea secondText = new TextArea();
        final TextField secondWords = new TextField();
        private final Workspace workspace;
        private final String claimId;
        private final ClaimRevision revision;
        private final String user;

        Split(Workspace w, String claimId, ClaimRevision revision, String user, Runnable saved) {
            super(
                    GradeDialog.label("workspace.claimActions.split"),
                    GradeDialog.label("workspace.claimActions.split"),
                    saved);
            this.workspace = w;
            this.claimId = claimId;
            this.revision = revision;
            this.user = user;
            String text = w.claim(claimId).map(MapContent.Claim::text).orElse("");
            boolean anchored = w.claim(claimId).map(c -> !c.anchors().isEmpty()).orElse(false);
            firstText.setLabel(getTranslation("workspace.claimActions.firstText"));
            secondText.setLabel(getTranslation("workspace.claimActions.secondText"));
            firstWords.setLabel(getTranslation("workspace.claimActions.firstWords"));
            secondWords.setLabel(getTranslation("workspace.claimActions.secondWords"));
            firstText.setId("claim-split-first");
            secondText.setId("claim-split-second");
            firstWords.setId("claim-split-first-words");
            secondWords.setId("claim-split-second-words");
            firstText.setValue(text);
            firstWords.setVisible(anchored);
            secondWords.setVisible(anchored);
            var form = new FormLayout(firstText, firstWords, secondText, secondWords, error);
            form.setColspan(error, 2);
            add(form);
            save.setId("claim-split-save");
        }

        @Override
        void submit() {
            var first = new SplitPart(firstText.getValue(), null, words(firstWords));
            var second = new SplitPart(secondText.getValue(), null, words(secondWords));
            revise(this, () -> revision.split(workspace.id(), claimId, first, second, List.of(), null, user));
        }

        private static @Nullable AnchorRequest words(TextField field) {
            return field.isVisible() && !field.getValue().isBlank()
                    ? new AnchorRequest(field.getValue(), null, null, null, null)
                    : null;
        }

        @Override
        @Nullable
        HasValidation fieldAt(String field) {
            return switch (field) {
                case "first" -> firstText;
                case "second" -> secondText;
                default -> null;
            };
        }
    }
}
