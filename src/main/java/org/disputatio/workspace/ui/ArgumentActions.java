package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.disputatio.authoring.ArgumentEditing;
import org.disputatio.authoring.CitationItem;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Building the argument around the claim shown (ADR 032): a pro or a con in one dialog, an argument with linked
 * premises picked by search (or a premise added to an existing one), an attack, a citation, moving the claim as a
 * premise to another argument, and deleting an argument, attack or citation with Undo in the notification. Each
 * has an Alt+Shift shortcut in the workspace, shown in its tooltip.
 */
class ArgumentActions extends HorizontalLayout {

    final Button pro = new Button();
    final Button con = new Button();
    final Button argument = new Button();
    final Button attack = new Button();
    final Button cite = new Button();
    final Button move = new Button();
    final Button delete = new Button();

    private final WorkspaceView view;
    private final ArgumentEditing editing;
    private final Map<Button, String> shortcuts = new java.util.LinkedHashMap<>();
    private @Nullable String shown;

    ArgumentActions(WorkspaceView view, ArgumentEditing editing) {
        this.view = view;
        this.editing = editing;
        setId("argument-actions");
        setSpacing(true);
        setPadding(false);
        getStyle().set("flex-wrap", "wrap");
        action(pro, "pro", Key.KEY_P, "P", () -> new SideDialog(true));
        action(con, "con", Key.KEY_O, "O", () -> new SideDialog(false));
        action(argument, "argument", Key.KEY_A, "A", ArgumentDialog::new);
        action(attack, "attack", Key.KEY_K, "K", AttackDialog::new);
        action(cite, "cite", Key.KEY_I, "I", CiteDialog::new);
        action(move, "move", Key.KEY_V, "V", MoveDialog::new);
        action(delete, "delete", Key.KEY_L, "L", DeleteDialog::new);
    }

    private void action(Button button, String name, @Nullable Key key, String letter, Supplier<WriteDialog> dialog) {
        button.setText(getTranslation("workspace.authoring." + name));
        // "unlink" for the deletion of links (arguments, attacks, citations): "claim-delete" deletes the claim itself.
        button.setId("claim-" + (name.equals("delete") ? "unlink" : name));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.addClickListener(e -> {
            if (shown != null && view.workspace() != null && view.writer().isPresent()) {
                view.openDialog(dialog.get());
            }
        });
        if (key != null) {
            button.addClickShortcut(key, KeyModifier.ALT, KeyModifier.SHIFT).listenOn(view);
            shortcuts.put(button, "Alt+Shift+" + letter);
        }
        add(button);
    }

    /** Offers the actions for the claim: to a signed-in user, each where it applies; tooltips name the shortcuts. */
    void show(Workspace w, String claimId) {
        shown = claimId;
        offer(pro, true);
        offer(con, true);
        offer(argument, true);
        offer(attack, true);
        // A map made from a text has no source yet: the cite dialog then creates one ("A new source").
        offer(cite, true);
        offer(move, !w.premiseOf(claimId).isEmpty());
        offer(delete, true);
    }

    private void offer(Button button, boolean applicable) {
        view.offerWrite(button, applicable);
        if (button.isEnabled()) {
            String label = button.getText();
            String shortcut = shortcuts.get(button);
            button.setTooltipText(shortcut == null ? label : label + " (" + shortcut + ")");
        }
    }

    private Workspace workspace() {
        return java.util.Objects.requireNonNull(view.workspace());
    }

    private String claimId() {
        return java.util.Objects.requireNonNull(shown);
    }

    private String user() {
        return view.writer().orElseThrow();
    }

    private String claimLabel(MapContent.Claim c) {
        return c.text() + " [" + getTranslation("claim.kind." + c.kind()) + "]";
    }

    private String argumentLabel(MapContent.Argument a) {
        Workspace w = workspace();
        String conclusion = w.claim(a.conclusion()).map(MapContent.Claim::text).orElse(a.conclusion());
        List<String> premises = a.premises().stream()
                .map(p -> w.claim(p).map(MapContent.Claim::text).orElse(p))
                .toList();
        return getTranslation("workspace.outline.argument", Names.argumentNumber(w, a.id())) + " → " + conclusion + ": "
                + String.join(" + ", premises);
    }

    private ComboBox<MapContent.Claim> claimPicker(String label) {
        var picker = new ComboBox<MapContent.Claim>(label);
        picker.setItems(
                (c, filter) -> c.text().toLowerCase(getLocale()).contains(filter.toLowerCase(getLocale())),
                otherClaims());
        picker.setItemLabelGenerator(this::claimLabel);
        picker.setWidthFull();
        return picker;
    }

    private List<MapContent.Claim> otherClaims() {
        return workspace().map().claims().stream()
                .filter(c -> !c.id().equals(shown))
                .toList();
    }

    /** Keyboard users type at once: the dialog's first field takes the focus when it opens. */
    private static void focusOnOpen(com.vaadin.flow.component.Focusable<?> field) {
        ((com.vaadin.flow.component.Component) field)
                .addAttachListener(e -> e.getUI()
                        .beforeClientResponse((com.vaadin.flow.component.Component) field, ctx -> field.focus()));
    }

    /** Runs a write, turning authoring's refusals into what {@link WriteDialog} shows. */
    private static void guarded(Runnable write) {
        try {
            write.run();
        } catch (AccessDeniedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (ConcurrentEditException e) {
            throw new WorkspaceWrites.ConflictException(e.getMessage());
        }
    }

    // ------------------------------------------------------------------ dialogs

    /** A pro (a new claim and an argument from it for this claim) or a con (a new claim attacking it). */
    final class SideDialog extends WriteDialog {
        final TextField text = new TextField();
        final Select<String> kind = new Select<>();
        final Select<String> attackKind = new Select<>();
        private final boolean pro;

        SideDialog(boolean pro) {
            super(
                    ArgumentActions.this.getTranslation(
                            pro ? "workspace.authoring.pro.title" : "workspace.authoring.con.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.save"),
                    view::refresh);
            this.pro = pro;
            setId(pro ? "pro-dialog" : "con-dialog");
            save.setId("side-save");
            text.setLabel(getTranslation("workspace.authoring.text"));
            text.setWidthFull();
            text.setAutofocus(true);
            text.setId("side-text");
            focusOnOpen(text);
            kind.setLabel(getTranslation("workspace.authoring.kind"));
            kind.setItems(workspace().kinds());
            kind.setItemLabelGenerator(k -> getTranslation("claim.kind." + k));
            kind.setValue(pro ? "premise" : "counter-claim");
            attackKind.setLabel(getTranslation("workspace.authoring.attackKind"));
            attackKind.setItems("rebut", "undermine");
            attackKind.setItemLabelGenerator(k -> getTranslation("workspace.attack." + k));
            attackKind.setValue("rebut");
            attackKind.setVisible(!pro);
            add(new VerticalLayout(text, kind, attackKind, error));
            save.addClickShortcut(Key.ENTER);
        }

        @Override
        void submit() {
            write(() -> guarded(() -> {
                var draft = new ClaimDraft(kind.getValue(), text.getValue(), null, null);
                if (pro) {
                    editing.addPro(workspace().id(), claimId(), draft, user());
                } else {
                    editing.addCon(workspace().id(), claimId(), draft, attackKind.getValue(), user());
                }
            }));
        }

        @Override
        com.vaadin.flow.component.@Nullable HasValidation fieldAt(String field) {
            return switch (field) {
                case "text" -> text;
                default -> null;
            };
        }
    }

    /** A new argument for this claim from premises picked by search, or premises added to one of its arguments. */
    final class ArgumentDialog extends WriteDialog {
        final Select<String> into = new Select<>();
        final MultiSelectComboBox<MapContent.Claim> premises = new MultiSelectComboBox<>();

        ArgumentDialog() {
            super(
                    ArgumentActions.this.getTranslation("workspace.authoring.argument.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.save"),
                    view::refresh);
            setId("argument-dialog");
            save.setId("argument-save");
            var options = new ArrayList<String>();
            options.add("");
            workspace().argumentsFor(claimId()).forEach(a -> options.add(a.id()));
            into.setLabel(getTranslation("workspace.authoring.argument.into"));
            into.setItems(options);
            into.setItemLabelGenerator(id -> id.isEmpty()
                    ? getTranslation("workspace.authoring.argument.new")
                    : workspace()
                            .argument(id)
                            .map(ArgumentActions.this::argumentLabel)
                            .orElse(id));
            into.setValue("");
            premises.setLabel(getTranslation("workspace.authoring.argument.premises"));
            premises.setItems(
                    (c, filter) -> c.text().toLowerCase(getLocale()).contains(filter.toLowerCase(getLocale())),
                    otherClaims());
            premises.setItemLabelGenerator(ArgumentActions.this::claimLabel);
            premises.setWidthFull();
            premises.setAutofocus(true);
            premises.setId("argument-premises");
            focusOnOpen(premises);
            add(new VerticalLayout(premises, into, error));
            setWidth("40rem");
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        }

        @Override
        void submit() {
            write(() -> guarded(() -> {
                var picked = new ArrayList<@Nullable String>();
                premises.getSelectedItems().forEach(c -> picked.add(c.id()));
                String existing = into.getValue();
                if (existing == null || existing.isEmpty()) {
                    editing.addArgument(workspace().id(), claimId(), picked, user());
                } else {
                    var current = editing.argument(workspace().id(), existing)
                            .orElseThrow(() -> new IllegalArgumentException(existing));
                    var all = new ArrayList<@Nullable String>(current.premiseIds());
                    all.addAll(picked);
                    editing.editArgument(
                            workspace().id(), existing, current.version(), current.conclusionId(), all, user());
                }
            }));
        }

        @Override
        com.vaadin.flow.component.@Nullable HasValidation fieldAt(String field) {
            return field.equals("premiseIds") ? premises : null;
        }
    }

    /** An attack on this claim (rebut, undermine) or on one of its arguments (undercut) by another claim. */
    final class AttackDialog extends WriteDialog {
        final Select<String> kind = new Select<>();
        final Select<MapContent.Argument> target = new Select<>();
        final ComboBox<MapContent.Claim> from;

        AttackDialog() {
            super(
                    ArgumentActions.this.getTranslation("workspace.authoring.attack.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.save"),
                    view::refresh);
            setId("attack-dialog");
            save.setId("attack-save");
            from = claimPicker(getTranslation("workspace.authoring.attack.from"));
            from.setAutofocus(true);
            focusOnOpen(from);
            kind.setLabel(getTranslation("workspace.authoring.attackKind"));
            kind.setItems("rebut", "undermine", "undercut");
            kind.setItemLabelGenerator(k -> getTranslation("workspace.attack." + k));
            kind.setValue("rebut");
            target.setLabel(getTranslation("workspace.authoring.attack.argument"));
            target.setItems(workspace().argumentsFor(claimId()));
            target.setItemLabelGenerator(ArgumentActions.this::argumentLabel);
            target.setVisible(false);
            kind.addValueChangeListener(e -> target.setVisible("undercut".equals(e.getValue())));
            add(new VerticalLayout(from, kind, target, error));
            setWidth("40rem");
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        }

        @Override
        void submit() {
            write(() -> guarded(() -> {
                String k = kind.getValue();
                MapContent.Argument a = target.getValue();
                String targetId = "undercut".equals(k) ? (a == null ? null : a.id()) : claimId();
                MapContent.Claim attacker = from.getValue();
                editing.addAttack(workspace().id(), attacker == null ? null : attacker.id(), targetId, k, user());
            }));
        }

        @Override
        com.vaadin.flow.component.@Nullable HasValidation fieldAt(String field) {
            return switch (field) {
                case "fromId" -> from;
                case "targetId" -> "undercut".equals(kind.getValue()) ? target : from;
                default -> null;
            };
        }
    }

    /** A citation of one of the map's sources (or a new one, written with the evidence form's source fields). */
    final class CiteDialog extends WriteDialog {
        final ComboBox<MapContent.Source> source = new ComboBox<>();
        final TextField locator = new TextField();
        final Checkbox newSource = new Checkbox();
        final TextField authors = new TextField();
        final TextField title = new TextField();
        final IntegerField year = new IntegerField();
        final Select<String> sourceKind = new Select<>();
        final Select<String> accessibility = new Select<>();
        private @Nullable String createdSource;

        CiteDialog() {
            super(
                    ArgumentActions.this.getTranslation("workspace.authoring.cite.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.save"),
                    view::refresh);
            setId("cite-dialog");
            save.setId("cite-save");
            source.setLabel(getTranslation("workspace.authoring.cite.source"));
            source.setItems(
                    (s, filter) -> sourceLabel(s).toLowerCase(getLocale()).contains(filter.toLowerCase(getLocale())),
                    workspace().map().sources());
            source.setItemLabelGenerator(CiteDialog::sourceLabel);
            source.setWidthFull();
            boolean noSources = workspace().map().sources().isEmpty();
            source.setAutofocus(!noSources);
            focusOnOpen(noSources ? authors : source);
            locator.setLabel(getTranslation("workspace.authoring.cite.locator"));
            newSource.setLabel(getTranslation("workspace.authoring.cite.newSource"));
            authors.setLabel(getTranslation("workspace.authoring.cite.authors"));
            title.setLabel(getTranslation("workspace.authoring.cite.sourceTitle"));
            year.setLabel(getTranslation("workspace.authoring.cite.year"));
            sourceKind.setLabel(getTranslation("workspace.authoring.cite.kind"));
            sourceKind.setItems(EvidenceDialog.SOURCE_KINDS);
            sourceKind.setValue(EvidenceDialog.SOURCE_KINDS.getFirst());
            accessibility.setLabel(getTranslation("workspace.authoring.cite.accessibility"));
            accessibility.setItems(EvidenceDialog.ACCESSIBILITIES);
            accessibility.setValue(EvidenceDialog.ACCESSIBILITIES.getFirst());
            var sourceFields = new VerticalLayout(authors, title, year, sourceKind, accessibility);
            sourceFields.setPadding(false);
            sourceFields.setVisible(false);
            newSource.addValueChangeListener(e -> {
                sourceFields.setVisible(e.getValue());
                source.setEnabled(!e.getValue());
            });
            newSource.setValue(noSources);
            add(new VerticalLayout(source, locator, newSource, sourceFields, error));
            setWidth("36rem");
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        }

        static String sourceLabel(MapContent.Source s) {
            return String.join(", ", s.authors())
                    + (s.authors().isEmpty() ? "" : ", ")
                    + s.title()
                    + (s.year() == null ? "" : " (" + s.year() + ")");
        }

        @Override
        void submit() {
            write(() -> guarded(() -> {
                String sourceId;
                if (newSource.getValue()) {
                    // A retry after a refused citation reuses the source already created for it.
                    if (createdSource == null) {
                        createdSource = view.writes()
                                .createSource(
                                        workspace().id(),
                                        new WorkspaceWrites.SourceDraft(
                                                authors.getValue().strip(),
                                                title.getValue().strip(),
                                                year.getValue(),
                                                sourceKind.getValue(),
                                                accessibility.getValue()),
                                        user());
                    }
                    sourceId = createdSource;
                } else {
                    MapContent.Source s = source.getValue();
                    sourceId = s == null ? null : s.id();
                }
                editing.cite(workspace().id(), claimId(), sourceId, locator.getValue(), user());
            }));
        }

        @Override
        com.vaadin.flow.component.@Nullable HasValidation fieldAt(String field) {
            return switch (field) {
                case "sourceId" -> source;
                case "locator" -> locator;
                case "title" -> title;
                case "authors" -> authors;
                default -> null;
            };
        }
    }

    /** Moves this claim, as a premise, from one of its arguments to another argument of the map. */
    final class MoveDialog extends WriteDialog {
        final Select<MapContent.Argument> from = new Select<>();
        final ComboBox<MapContent.Argument> to = new ComboBox<>();

        MoveDialog() {
            super(
                    ArgumentActions.this.getTranslation("workspace.authoring.move.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.save"),
                    view::refresh);
            setId("move-dialog");
            save.setId("move-save");
            var mine = workspace().premiseOf(claimId());
            from.setLabel(getTranslation("workspace.authoring.move.from"));
            from.setItems(mine);
            from.setItemLabelGenerator(ArgumentActions.this::argumentLabel);
            if (!mine.isEmpty()) from.setValue(mine.getFirst());
            to.setLabel(getTranslation("workspace.authoring.move.to"));
            to.setItems(
                    (a, filter) -> argumentLabel(a).toLowerCase(getLocale()).contains(filter.toLowerCase(getLocale())),
                    workspace().map().arguments().stream()
                            .filter(a -> !a.premises().contains(claimId()))
                            .toList());
            to.setItemLabelGenerator(ArgumentActions.this::argumentLabel);
            to.setWidthFull();
            to.setAutofocus(true);
            focusOnOpen(to);
            add(new VerticalLayout(from, to, error));
            setWidth("40rem");
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        }

        @Override
        void submit() {
            write(() -> guarded(() -> {
                MapContent.Argument a = from.getValue();
                MapContent.Argument b = to.getValue();
                if (a == null || b == null) {
                    throw new IllegalArgumentException(getTranslation("workspace.authoring.move.pick"));
                }
                editing.movePremise(workspace().id(), claimId(), a.id(), b.id(), user());
            }));
        }
    }

    /** Deletes one of the claim's arguments, the attacks on it or its citations; the notification offers Undo. */
    final class DeleteDialog extends WriteDialog {
        record Item(String kind, String id, String label) {}

        final Select<Item> item = new Select<>();

        DeleteDialog() {
            super(
                    ArgumentActions.this.getTranslation("workspace.authoring.delete.title"),
                    ArgumentActions.this.getTranslation("workspace.authoring.delete"),
                    view::refresh);
            setId("delete-dialog");
            save.setId("delete-save");
            Workspace w = workspace();
            var items = new ArrayList<Item>();
            w.argumentsFor(claimId()).forEach(a -> items.add(new Item("argument", a.id(), argumentLabel(a))));
            w.counterArguments(claimId())
                    .forEach(k -> items.add(new Item(
                            "attack",
                            k.id(),
                            getTranslation("workspace.attack." + k.kind()) + ": "
                                    + w.claim(k.from())
                                            .map(MapContent.Claim::text)
                                            .orElse(k.from()))));
            for (CitationItem c : editing.citations(w.id(), claimId())) {
                items.add(new Item(
                        "citation",
                        c.id(),
                        getTranslation("workspace.authoring.cite.source") + ": " + c.sourceId()
                                + (c.locator() == null ? "" : ", " + c.locator())));
            }
            item.setLabel(getTranslation("workspace.authoring.delete.item"));
            item.setId("delete-item");
            item.setItems(items);
            item.setItemLabelGenerator(Item::label);
            item.setEmptySelectionAllowed(false);
            if (!items.isEmpty()) item.setValue(items.getFirst());
            add(new VerticalLayout(item, error));
            setWidth("40rem");
            save.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }

        @Override
        void submit() {
            Item picked = item.getValue();
            if (picked == null) return;
            String map = workspace().id().value();
            write(() -> guarded(() -> {
                var id = workspace().id();
                switch (picked.kind()) {
                    case "argument" -> editing.deleteArgument(id, picked.id(), null, user());
                    case "attack" -> editing.deleteAttack(id, picked.id(), user());
                    default -> editing.uncite(id, claimId(), picked.id(), user());
                }
            }));
            if (!isOpened()) offerUndo(map, picked);
        }
    }

    /** The deletion's notification, with the way back: undoing the change the deletion wrote. */
    private void offerUndo(String map, DeleteDialog.Item deleted) {
        Workspace w = view.workspace();
        if (w == null) return;
        var change = view.service().history(w.id(), List.of(deleted.id()), 1).stream()
                .findFirst();
        var notification = new Notification();
        notification.setDuration(10_000);
        notification.setId("authoring-deleted");
        var undo = new Button(getTranslation("workspace.authoring.undo"));
        undo.setId("authoring-undo");
        undo.addClickListener(e -> change.ifPresent(c -> {
            try {
                view.service().undo(w.id(), c.seq(), user());
                notification.close();
                view.refresh();
            } catch (RuntimeException failed) {
                Notification.show(failed.getMessage() == null ? map : failed.getMessage())
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
        undo.setEnabled(change.isPresent());
        var row = new HorizontalLayout(
                new com.vaadin.flow.component.html.Span(getTranslation("workspace.authoring.deleted", deleted.label())),
                undo);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        notification.add(row);
        notification.open();
        undo.focus();
    }
}
