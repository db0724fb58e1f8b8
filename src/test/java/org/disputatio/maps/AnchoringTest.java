package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnchoringTest {

    static final String TEXT = "Staline voulait des élections. Molotov aussi. Staline voulait des élections secrètes.";

    @Test
    void uniqueQuote_isAnchoredAtItsPosition_withContextComputed() {
        Anchor anchor = new Anchoring(TEXT).anchor("Molotov aussi");
        assertThat(anchor.start()).isEqualTo(TEXT.indexOf("Molotov"));
        assertThat(anchor.end()).isEqualTo(anchor.start() + "Molotov aussi".length());
        assertThat(anchor.quote().prefix()).isEqualTo("Staline voulait des élections. ");
        assertThat(anchor.quote().suffix()).isEqualTo(". Staline voulait des élections ");
        assertThat(anchor.quote().suffix()).hasSize(Anchoring.CONTEXT_LENGTH);
    }

    @Test
    void missingQuote_isRejectedAsNotFound() {
        assertThatThrownBy(() -> new Anchoring(TEXT).anchor("Jdanov aussi"))
                .isInstanceOfSatisfying(
                        AnchoringException.class,
                        e -> assertThat(e.reason()).isEqualTo(AnchoringException.Reason.NOT_FOUND))
                .hasMessageContaining("Jdanov aussi");
    }

    @Test
    void repeatedQuote_withoutContext_isRejectedAsAmbiguous() {
        assertThatThrownBy(() -> new Anchoring(TEXT).anchor("Staline voulait des élections"))
                .isInstanceOfSatisfying(AnchoringException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AnchoringException.Reason.AMBIGUOUS);
                    assertThat(e.occurrences()).hasSize(2);
                });
    }

    @Test
    void repeatedQuote_isSingledOutByPrefixOrSuffix() {
        Anchoring anchoring = new Anchoring(TEXT);
        assertThat(anchoring
                        .anchor("Staline voulait des élections", "aussi. ", null)
                        .start())
                .isEqualTo(TEXT.lastIndexOf("Staline"));
        assertThat(anchoring
                        .anchor("Staline voulait des élections", null, ". Molotov")
                        .start())
                .isZero();
    }

    @Test
    void prefixThatNeverPrecedesTheQuote_isNotFound() {
        assertThatThrownBy(() -> new Anchoring(TEXT).anchor("Molotov aussi", "Jdanov ", null))
                .isInstanceOfSatisfying(
                        AnchoringException.class,
                        e -> assertThat(e.reason()).isEqualTo(AnchoringException.Reason.NOT_FOUND));
    }

    @Test
    void afterRenormalisation_anchorIsFoundAgainByItsQuote() {
        ReadingText before = ReadingText.normalise(
                "Avant.\n\nStaline voulait des\nélections. Molotov aussi.\n\n\n\nStaline voulait des élections secrètes.");
        Anchor second = new Anchoring(before).anchor("Staline voulait des élections", null, " secrètes");
        // A re-normalisation that shifts every offset, e.g. a new paragraph above.
        String after = "Préambule nouveau.\n\n" + before.text().replace("Avant.", "Avant, bien avant.");
        Anchor again = new Anchoring(after).reanchor(second);
        assertThat(again.start()).isEqualTo(after.lastIndexOf("Staline voulait des élections"));
        assertThat(again.exact()).isEqualTo(second.exact());
    }

    @Test
    void reanchoring_aQuoteThatIsGone_fails() {
        Anchor anchor = new Anchoring(TEXT).anchor("Molotov aussi");
        assertThatThrownBy(() -> new Anchoring("Autre texte.").reanchor(anchor)).isInstanceOf(AnchoringException.class);
    }
}
