package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: the reader's markers for the notes on the text. */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class ReaderNotesIT extends SpringBrowserlessTest {

    @Autowired
    MapCatalog catalog;

    @Test
    void reader_showsAMarkerPerNote_withTheNoteOnHover() {
        ShippedEssay.ensureStored(catalog);
        var view = navigate("workspace/" + ShippedEssay.ID.value(), WorkspaceView.class);
        var notes = view.reader.notes;
        assertThat(notes.isVisible()).isTrue();
        assertThat(notes.getSummaryText()).isEqualTo("Notes on the text (24)");
        assertThat(notes.markers.getComponentCount()).isEqualTo(24);
        var paquin = (Button) notes.markers.getComponentAt(0);
        assertThat(paquin.getElement().getAttribute("data-note")).isEqualTo("n-01");
        assertThat(paquin.getText()).isEqualTo("✎ Insertion · « [et du monde entier – n.d. Dr Paquin] »");
        assertThat(paquin.getTooltip().getText())
                .startsWith("Insertion : Ajout entre crochets signé « n.d. Dr Paquin »");
    }
}
