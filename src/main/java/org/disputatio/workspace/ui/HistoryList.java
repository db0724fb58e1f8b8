package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.disputatio.history.Change;
import org.disputatio.history.UndoConflictException;
import org.disputatio.history.WritesRefusedException;
import org.disputatio.workspace.Workspace;
import org.springframework.security.access.AccessDeniedException;

/**
 * Changes from the map's log, newest first: who, when, what, and Undo where the viewer may undo. Used for
 * the whole map (History tab), for a claim (claim panel) and for a source (source details).
 */
class HistoryList extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final WorkspaceView view;
    /** The changes shown, for tests. */
    List<Change> shown = List.of();

    HistoryList(WorkspaceView view) {
        this.view = view;
        setPadding(false);
        setSpacing(false);
        addClassName("history-list");
    }

    void show(Workspace w, List<Change> changes) {
        removeAll();
        shown = changes;
        if (changes.isEmpty()) {
            add(new Span(getTranslation("workspace.history.empty")));
            return;
        }
        String user = view.writer().orElse(null);
        // Whether one may undo depends on the change's author (and the viewer's role): asked once per author.
        var mayUndo = new java.util.HashMap<String, Boolean>();
        // Changes undone within the list are not offered again (the server would refuse them with 409).
        var undone = changes.stream()
                .map(Change::undoes)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        for (Change c : changes) {
            var line = new HorizontalLayout();
            line.setAlignItems(Alignment.BASELINE);
            line.addClassName("history-entry");
            line.getElement().setAttribute("data-seq", Long.toString(c.seq()));
            var text = new Span(getTranslation(
                    "workspace.history.line",
                    Long.toString(c.seq()),
                    WHEN.format(c.at().atZone(ZoneOffset.UTC)),
                    c.user(),
                    getTranslation("workspace.history.kind." + c.kind().name()),
                    // Summaries are stored with ids; readers see claims, arguments and sources by name.
                    Names.replaceIds(w, c.summary(), (k, a) -> getTranslation(k, a))));
            line.add(text);
            if (!undone.contains(c.seq())
                    && c.kind() != org.disputatio.history.ChangeKind.ChangeUndone
                    && mayUndo.computeIfAbsent(c.user(), u -> view.service().mayUndo(c, user))) {
                var undo = new Button(getTranslation("workspace.history.undo"));
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                undo.addClassName("history-undo");
                undo.addClickListener(e -> undo(w, c, user));
                line.add(undo);
            }
            add(line);
        }
    }

    /** Puts newer changes (in seq order) on top of those shown, keeping at most {@code limit}; reads nothing. */
    void prepend(Workspace w, List<Change> changes, int limit) {
        if (changes.isEmpty()) return;
        var all = new java.util.ArrayList<>(changes.reversed());
        all.addAll(shown);
        show(w, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
    }

    private void undo(Workspace w, Change c, String user) {
        try {
            view.service().undo(w.id(), c.seq(), user);
            // Other sessions refresh through the broadcaster; this one at once, so the undo shows on top.
            view.refresh();
            Notification.show(getTranslation("workspace.history.undone", Long.toString(c.seq())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (UndoConflictException | AccessDeniedException | WritesRefusedException e) {
            // The server's reason names the later change or what depends on the item: show it as it is.
            Notification.show(
                            getTranslation("workspace.history.refused", e.getMessage()),
                            8000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
