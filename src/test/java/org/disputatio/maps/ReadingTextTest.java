package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTextTest {

    @Test
    void linesOfAParagraph_areJoinedWithOneSpace_andTrailingSpacesDropped() {
        assertThat(ReadingText.normalise("Une ligne   \ncoupée  en   deux. \n").text())
                .isEqualTo("Une ligne coupée en deux.");
    }

    @Test
    void wordHyphenatedAtLineEnd_isJoinedWithoutSpace_keepingTheHyphen() {
        assertThat(ReadingText.normalise("la propagande anti-\ncommuniste et eux-\nmêmes (c.-\nà-d. pas)")
                        .text())
                .isEqualTo("la propagande anti-communiste et eux-mêmes (c.-à-d. pas)");
    }

    @Test
    void spacedDashAtLineEnd_isJoinedWithASpace() {
        assertThat(ReadingText.normalise("du Comité central -\nles premiers –\napparemment")
                        .text())
                .isEqualTo("du Comité central - les premiers – apparemment");
    }

    @Test
    void singleBlankLine_separatesParagraphs() {
        ReadingText reading = ReadingText.normalise("Premier paragraphe.\n\nSecond paragraphe.\n");
        assertThat(reading.text()).isEqualTo("Premier paragraphe.\n\nSecond paragraphe.");
        assertThat(reading.paragraphs()).hasSize(2);
    }

    @Test
    void pageBreakInMidSentence_isRejoined() {
        assertThat(ReadingText.normalise("ou des documents\n\n\n\nd'archives récents.")
                        .text())
                .isEqualTo("ou des documents d'archives récents.");
        assertThat(ReadingText.normalise("Beria libéra\n \n\nPlus de cent mille.")
                        .text())
                .isEqualTo("Beria libéra Plus de cent mille.");
        assertThat(ReadingText.normalise("les Efforts.\n\n\nsoviétiques aussi.").text())
                .isEqualTo("les Efforts. soviétiques aussi.");
    }

    @Test
    void pageBreakBetweenSentences_staysAParagraphBreak() {
        assertThat(ReadingText.normalise("Fin de phrase.\n\n\nNouvelle phrase.").text())
                .isEqualTo("Fin de phrase.\n\nNouvelle phrase.");
        assertThat(ReadingText.normalise("Il l'explique ainsi :\n\n\n« Citation. »")
                        .text())
                .isEqualTo("Il l'explique ainsi :\n\n« Citation. »");
    }

    @Test
    void numberedHeading_isAParagraphOfItsOwn_evenWithoutBlankLines() {
        ReadingText reading = ReadingText.normalise("luttes à\nvenir.  \n 1. Introduction \n\nCet article");
        assertThat(reading.text()).isEqualTo("luttes à venir.\n\n1. Introduction\n\nCet article");
    }

    @Test
    void headingAfterAPageBreak_isNeverJoinedToTheTextAbove() {
        assertThat(ReadingText.normalise("(Thurston 128-9\n\n\n6. Pendant la guerre\n\nTexte")
                        .text())
                .isEqualTo("(Thurston 128-9\n\n6. Pendant la guerre\n\nTexte");
    }

    @Test
    void everyReadingChar_mapsBackToTheSameCharOrToWhitespaceInTheOriginal() {
        String original = "  Un   texte  \navec anti-\nhyphens\n\n\n\nsuite, fin.\n\nAutre.  ";
        ReadingText reading = ReadingText.normalise(original);
        for (int i = 0; i < reading.text().length(); i++) {
            char c = reading.text().charAt(i);
            char o = original.charAt(reading.originalOffset(i));
            if (Character.isWhitespace(c)) {
                assertThat(Character.isWhitespace(o)).as("offset %d", i).isTrue();
            } else {
                assertThat(o).as("offset %d", i).isEqualTo(c);
            }
        }
        assertThat(reading.originalOffset(reading.text().length())).isEqualTo(original.length());
        assertThat(reading.original()).isSameAs(original);
    }

    @Test
    void readingRange_mapsToTheOriginalRangeItCameFrom() {
        String original = "la propagande anti-\ncommuniste soient";
        ReadingText reading = ReadingText.normalise(original);
        int start = reading.text().indexOf("anti-communiste");
        TextRange back = reading.originalRange(new TextRange(start, start + "anti-communiste".length()));
        assertThat(back.of(original)).isEqualTo("anti-\ncommuniste");
        assertThat(reading.originalLine(start + 6)).isEqualTo(2);
    }

    @Test
    void normalisation_isIdempotentOnItsOwnOutput() {
        String text = ReadingText.normalise("A b\nc anti-\nd.\n\n\ne f.\n\n 2. Titre \nG h.")
                .text();
        assertThat(ReadingText.normalise(text).text()).isEqualTo(text);
    }
}
