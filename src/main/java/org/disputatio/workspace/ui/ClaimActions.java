package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.authoring.MapRights;
import org.disputatio.authoring.RevisedClaim;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.DocumentAnchor;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Claim revision in the workspace (ADR 035): in the reader's selection bar, "New claim" makes a claim of
 * the selected words in one action, attributed to the text's author when the map has one; in the claim
 * panel, edit, delete (with undo in the notification), merge and split. Each has an Alt+Shift shortcut,
 * shown in its tooltip, active while its button is.
 */
class ClaimActions extends HorizontalLayout {

    final Button create = button("claim-new", "workspace.claimActions.new", Key.KEY_N, "N");
    final Button edit = button("claim-edit", "workspace.claimActions.edit", Key.KEY_E, "E");
    final Button delete = button("claim-delete", "workspace.claimActions.delete", Key.KEY_D, "D");
    final Button merge = button("claim-merge", "workspace.claimActions.merge", Key.KEY_M, "M");
    final Button split = button("claim-split", "workspace.claimActions.split", Key.KEY_S, "S");

    private final WorkspaceView view;
    private final Supplier<ReaderPanel.@Nullable Selection> selection;
    private final Supplier<@Nullable String> claim;

    private final Runnable selectionUsed;

    private ClaimActions(
            WorkspaceView view,
            Supplier<ReaderPanel.@Nullable Selection> selection,
            Supplier<@Nullable String> claim,
            Runnable selectionUsed) {
        this.view = view;
        this.selection = selection;
        this.claim = claim;
        this.selectionUsed = selectionUsed;
        setSpacing(true);
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("claim-actions");
        create.addClickListener(e -> createFromSelection());
        edit.addClickListener(e -> withClaim((w, c) -> view.openWrite(
                (writes, user) -> ClaimRevisionDialogs.edit(w, c, revision(), selection.get(), user, view::refresh))));
        delete.addClickListener(e -> withClaim(this::delete));
        merge.addClickListener(e -> withClaim((w, c) ->
                view.openWrite((writes, user) -> ClaimRevisionDialogs.merge(w, c, revision(), user, view::refresh))));
        split.addClickListener(e -> withClaim((w, c) ->
                view.openWrite((writes, user) -> ClaimRevisionDialogs.split(w, c, revision(), user, view::refresh))));
    }

    /** "New claim" for the reader's selection bar; {@code selectionUsed} clears the selection once it is a claim. */
    static ClaimActions forReader(
            WorkspaceView view, Supplier<ReaderPanel.@Nullable Selection> selection, Runnable selectionUsed) {
        var actions = new ClaimActions(view, selection, () -> null, selectionUsed);
        actions.add(actions.create);
        return actions;
    }

    /** Edit, delete, merge and split for the claim panel; re-anchoring takes the reader's selection. */
    static ClaimActions forClaim(
            WorkspaceView view, Supplier<@Nullable String> claim, Supplier<ReaderPanel.@Nullable Selection> selection) {
        var actions = new ClaimActions(view, selection, claim, () -> {});
        actions.add(actions.edit, actions.delete, actions.merge, actions.split);
        return actions;
    }

    /** Enables what the signed-in user may do here: anyone creates; revising needs the claim's creator or the owner. */
    void offer() {
        Workspace w = view.workspace();
        String user = view.writer().orElse(null);
        view.offerWrite(create, selection.get() != null);
        String id = claim.get();
        boolean may = false;
        if (w != null && user != null && id != null) {
            Optional<RevisedClaim> found = revision().find(w.id(), id);
            may = found.isPresent()
                    && bean(MapRights.class)
                            .require(w.id(), user)
                            .mayChange(found.get().createdBy());
        }
        for (Button b : List.of(edit, delete, merge, split)) {
            view.offerWrite(b, may);
            if (may) tooltip(b);
        }
        if (selection.get() != null && user != null) tooltip(create);
    }

    private void createFromSelection() {
        Workspace w = view.workspace();
        ReaderPanel.Selection sel = selection.get();
        String user = view.writer().orElse(null);
        if (w == null || sel == null || user == null) return;
        // The text's author is a person of the map from its making (TextImport): their words are theirs.
        String proponent = revision().author(w.id()).orElse(null);
        var anchor = new WorkspaceWrites.Anchor(sel.exact(), sel.start(), sel.end());
        var draft = new ClaimDraft(
                "premise",
                sel.exact().strip().replaceAll("\\s+", " "),
                ClaimDialog.sectionAt(w, anchor),
                new DocumentAnchor(sel.exact(), sel.start(), sel.end()),
                proponent);
        String id = inLocale(() -> bean(ClaimEditing.class).addClaim(w.id(), draft, user));
        if (id == null) return;
        selectionUsed.run();
        view.refresh();
        view.selectClaim(id);
        notify(getTranslation("workspace.claimActions.created", abbreviated(draft.text())), null);
    }

    private void delete(Workspace w, String id) {
        String user = view.writer().orElse(null);
        if (user == null) return;
        String text = w.claim(id).map(c -> c.text()).orElse(id);
        Boolean done = inLocale(() -> {
            revision().delete(w.id(), id, null, user);
            return true;
        });
        if (done == null) return;
        view.refresh();
        // The undo is the change log's: the newest deletion of this claim, by this user.
        Long seq = bean(ChangeLog.class).forItems(w.id(), List.of(id), 5).stream()
                .filter(c -> c.kind() == ChangeKind.ClaimDeleted && c.user().equals(user))
                .map(c -> c.seq())
                .findFirst()
                .orElse(null);
        notify(
                getTranslation("workspace.claimActions.deleted", abbreviated(text)),
                seq == null
                        ? null
                        : () -> {
                            if (inLocale(() -> bean(UndoService.class).undo(w.id(), seq, user)) != null) {
                                view.refresh();
                                view.selectClaim(id);
                            }
                        });
    }

    private void notify(String message, @Nullable Runnable undo) {
        var notification = new Notification();
        notification.setDuration(undo == null ? 4000 : 10_000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        var text = new com.vaadin.flow.component.html.Span(message);
        var layout = new HorizontalLayout(text);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (undo != null) {
            var undoButton = new Button(getTranslation("workspace.history.undo"), e -> {
                notification.close();
                undo.run();
            });
            undoButton.setId("claim-undo");
            undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            layout.add(undoButton);
        }
        notification.add(layout);
        notification.open();
    }

    /** Runs a write in the interface's language; a refusal is shown, not thrown. Null when refused. */
    private <T> @Nullable T inLocale(Supplier<T> write) {
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(getLocale());
        try {
            return write.get();
        } catch (RuntimeException e) {
            var refusal = Notification.show(
                    e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage());
            refusal.addClassName("claim-refused");
            return null;
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
    }

    private void withClaim(java.util.function.BiConsumer<Workspace, String> action) {
        Workspace w = view.workspace();
        String id = claim.get();
        if (w != null && id != null) action.accept(w, id);
    }

    private Button button(String id, String key, Key letter, String shown) {
        var b = new Button(getTranslation(key));
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.addClickShortcut(letter, KeyModifier.ALT, KeyModifier.SHIFT);
        b.getElement().setProperty("shortcutLetter", shown);
        return b;
    }

    private void tooltip(Button b) {
        String key = switch (b.getId().orElse("")) {
            case "claim-new" -> "workspace.claimActions.new.tip";
            case "claim-edit" -> "workspace.claimActions.edit.tip";
            case "claim-delete" -> "workspace.claimActions.delete.tip";
            case "claim-merge" -> "workspace.claimActions.merge.tip";
            default -> "workspace.claimActions.split.tip";
        };
        b.setTooltipText(getTranslation(key) + " (Alt+Shift+" + b.getElement().getProperty("shortcutLetter", "") + ")");
    }

    private ClaimRevision revision() {
        return bean(ClaimRevision.class);
    }

    /** The services are looked up, not injected, so that adding this component changes no constructor. */
    private static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }

    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
