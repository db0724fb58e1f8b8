package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.disputatio.workspace.Workspace;

/**
 * Moderation (mod13, ADR 038) where an item is shown: the marks for review on it, to its author and to moderators
 * ("⚑ Marked for review: reason — note (by)"), and for moderators a link that marks it in the map's moderation
 * queue. Claims and evidence in the claim panel, contestations in the Sources tab (gaps13).
 */
final class ReviewMarks {

    private ReviewMarks() {}

    static void show(
            WorkspaceView view, Workspace w, String itemId, String kind, HasComponents marks, HasComponents actions) {
        String user = view.signedInUser().orElse(null);
        for (var mark : view.service().marksOn(w.id(), itemId, user)) {
            var shown = new Span("⚑ "
                    + view.getTranslation(
                            "moderation.markShown",
                            view.getTranslation("moderation.reason." + mark.reason()),
                            mark.note().isBlank() ? "—" : mark.note(),
                            mark.by()));
            shown.addClassName("review-mark");
            shown.setId(kind + "-review-mark-" + itemId);
            marks.add(shown);
        }
        if (view.service().moderates(w.id(), user)) {
            var mark = new Anchor(
                    "moderation/" + w.id().value() + "?item=" + itemId,
                    view.getTranslation("moderation.markForReview"));
            mark.setId(kind + "-mark-review-" + itemId);
            mark.addClassName("mark-review");
            actions.add(mark);
        }
    }
}
