package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import java.util.function.BiConsumer;
import org.disputatio.maps.MapContent;

/**
 * The notes on the text itself (translation slips, date conflicts, editorial insertions), one small
 * marker each: hovering shows the note, clicking shows its words in the reader.
 */
class TextNotes extends Details {

    final FlexLayout markers = new FlexLayout();
    private final BiConsumer<Integer, Integer> showRange;

    /** @param showRange scrolls the reader to a range of the reading text and highlights it */
    TextNotes(BiConsumer<Integer, Integer> showRange) {
        this.showRange = showRange;
        setId("reader-notes");
        addClassName("reader-notes");
        markers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        markers.getStyle().set("gap", "var(--lumo-space-xs)");
        add(markers);
    }

    void show(List<MapContent.Note> notes, int textLength) {
        markers.removeAll();
        setSummaryText(getTranslation("workspace.reader.notes", notes.size()));
        setVisible(!notes.isEmpty());
        for (MapContent.Note note : notes) {
            var anchor = note.anchor();
            if (anchor.end() > textLength || anchor.start() >= anchor.end()) {
                continue;
            }
            String kind = getTranslation("note.kind." + note.kind());
            var marker = new Button("✎ " + kind + " · « " + shortened(anchor.exact()) + " »");
            marker.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            marker.addClassName("note-" + note.kind());
            marker.setTooltipText(kind + " : " + note.text());
            marker.setAriaLabel(kind + " : " + note.text());
            marker.getElement().setAttribute("data-note", note.id());
            marker.addClickListener(e -> showRange.accept(anchor.start(), anchor.end()));
            markers.add(marker);
        }
    }

    private static String shortened(String exact) {
        return exact.length() > 40 ? exact.substring(0, 37) + "…" : exact;
    }
}
