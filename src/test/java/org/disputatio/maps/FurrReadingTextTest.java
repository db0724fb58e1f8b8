package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped essay's reading text, which the map's quotes are checked against. */
class FurrReadingTextTest {

    static ReadingText reading;

    static Outline outline;

    @BeforeAll
    static void normalise() throws IOException {
        reading = ReadingText.normalise(WriteFurrReadingText.furrOriginal());
        outline = Outline.of(reading);
    }

    @Test
    void outline_hasThePreface_thirteenSections_andTheNotes_inOrder() {
        assertThat(outline.sections())
                .extracting(s -> s.id().value())
                .containsExactly(
                        "preface", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "notes");
        assertThat(outline.section(SectionId.PREFACE).orElseThrow().range().of(reading.text()))
                .startsWith("C’est un article très important")
                .endsWith("éclairent nos luttes à venir.");
        assertThat(outline.section(SectionId.numbered(1)).orElseThrow().heading())
                .isEqualTo("1. Introduction");
        assertThat(outline.section(SectionId.NOTES).orElseThrow().range().of(reading.text()))
                .startsWith("Notes complémentaires")
                .contains("Notes sur le livre d’Iuri Mukhin")
                .endsWith("disponibles seulement pour ceux qui travaillent sur les archives.");
    }

    @Test
    void sectionAt_findsTheSectionOfAQuote() {
        int at = reading.text().indexOf("Pavlova fait de la propagande");
        assertThat(outline.sectionAt(at).orElseThrow().id()).isEqualTo(SectionId.NOTES);
        int vote = reading.text().indexOf("Il prévoit le vote secret");
        assertThat(outline.sectionAt(vote).orElseThrow().id()).isEqualTo(SectionId.numbered(2));
    }

    @Test
    void sentencesBrokenByPageBreaks_readAsOne() {
        assertThat(reading.text())
                .contains("ou des documents d'archives qui ont été seulement récemment déclassifiés")
                .contains("le choix de ces fonctionnaires avait toujours été entre les mains du Parti Bolchevik")
                .contains("« une série d'erreurs les plus grossières")
                .contains("Beria libéra plus de 100.000 prisonniers")
                .contains("seulement 6 fois en 1950, 5 fois en 1951");
    }

    @Test
    void wordsHyphenatedAcrossLines_readWhole() {
        assertThat(reading.text())
                .contains("propagande anti-communiste soient")
                .contains("les citoyens eux-mêmes")
                .contains("Avez-vous amélioré")
                .contains("(c.-à-d. pas les premiers");
    }

    @Test
    void pageBreaksBetweenParagraphs_andBeforeBlockQuotes_stay() {
        assertThat(reading.text())
                .contains("des Soviets :\n\n« Ce système")
                .contains("citant des documents d'archives)\n\nLa Constitution a été finalement rédigée");
    }

    @Test
    void originalIsKeptExactly_andEveryLetterMapsBackToItself() throws IOException {
        String original = WriteFurrReadingText.furrOriginal();
        assertThat(reading.original()).isEqualTo(original);
        for (int i = 0; i < reading.text().length(); i++) {
            char c = reading.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(original.charAt(reading.originalOffset(i))).isEqualTo(c);
            }
        }
    }

    @Test
    void anchorsOnTheEssay_survivePageLayoutChanges_byReanchoringOnTheirQuote() throws IOException {
        Anchor anchor = new Anchoring(reading).anchor("Il prévoit le vote secret et la fin de la candidature unique");
        // The same essay re-extracted with different line breaks and an extra paragraph on top.
        String relaidOut = "Note de l'éditeur.\n\n"
                + WriteFurrReadingText.furrOriginal()
                        .replace("Il prévoit le vote secret", "Il prévoit le vote\nsecret");
        ReadingText again = ReadingText.normalise(relaidOut);
        Anchor moved = new Anchoring(again).reanchor(anchor);
        assertThat(moved.start()).isEqualTo(anchor.start() + "Note de l'éditeur.\n\n".length());
        assertThat(again.text().substring(moved.start(), moved.end())).isEqualTo(anchor.exact());
    }
}
