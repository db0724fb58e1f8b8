package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** What a user sees when a field is wrong: the field's name and how to fix it. */
class InputsTest {

    private static InvalidInputException failure(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void aMissingQuote_isNamed() {
        var e = failure(() -> Inputs.required("  ", "quote", "The quote", Inputs.MAX_QUOTE));
        assertThat(e.field()).isEqualTo("quote");
        assertThat(e.getMessage()).isEqualTo("The quote is required.");
    }

    @Test
    void anOversizedNote_saysTheLimit() {
        var e = failure(() -> Inputs.optional("x".repeat(4001), "note", "The note", Inputs.MAX_NOTE));
        assertThat(e.field()).isEqualTo("note");
        assertThat(e.getMessage()).contains("4001").contains("at most 4000");
    }

    @Test
    void onlyWebAddressesAreAcceptedAsUrls() {
        assertThat(Inputs.url(" https://example.org/archive?id=1 ")).isEqualTo("https://example.org/archive?id=1");
        assertThat(Inputs.url("")).isNull();
        assertThat(failure(() -> Inputs.url("javascript:alert(1)")).field()).isEqualTo("url");
        assertThat(failure(() -> Inputs.url("file:///etc/passwd")).getMessage()).contains("http://");
        assertThat(failure(() -> Inputs.url("http://exa mple.org")).field()).isEqualTo("url");
    }

    @Test
    void aReasonNeedsThreeCharacters() {
        assertThat(failure(() -> Inputs.between("no", "reason", "The reason", 3, 2000))
                        .getMessage())
                .isEqualTo("The reason needs at least 3 characters.");
    }

    @Test
    void ratingsAndGradesOutsideTheScales_areRefused() {
        assertThat(failure(() -> Inputs.rating(0.6)).field()).isEqualTo("value");
        assertThat(failure(() -> Inputs.reliability('G')).getMessage()).contains("A to F");
        assertThat(Inputs.reliability('b')).isEqualTo('B');
        assertThat(failure(() -> Inputs.credibility(0)).getMessage()).contains("1 to 6");
        assertThat(failure(() -> Inputs.credibility(7)).field()).isEqualTo("credibility");
    }

    @Test
    void anAnchorWhoseLengthDiffersFromItsQuote_doesNotMatch() {
        assertThat(failure(() -> Inputs.anchor(new DocumentAnchor("sky", 0, 10)))
                        .getMessage())
                .isEqualTo("The quote does not match the document at that place.");
        assertThatThrownBy(() -> Inputs.anchor(new DocumentAnchor("sky", 5, 5)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anUnknownStance_isInvalidInputOnTheStanceField() {
        assertThat(Inputs.stance("Against")).isEqualTo(Stance.AGAINST);
        assertThat(failure(() -> Inputs.stance("maybe")).field()).isEqualTo("stance");
    }
}
