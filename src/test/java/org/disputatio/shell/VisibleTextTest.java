package org.disputatio.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as readable text: visible characters, in well-formed UTF-16. */
class VisibleTextTest {

    record Required(@VisibleText String text) {}

    record Optional(@VisibleText(blankAllowed = true) String text) {}

    static Validator validator;
    static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u200b", // zero-width space
                "\u200c\u200d", // zero-width non-joiner, joiner
                "\u2060", // word joiner
                "\ufeff", // byte-order mark
                "\u00ad", // soft hyphen
                " \t\n\u00a0\u3000", // spaces, including no-break and ideographic
                "\u202e\u2066", // bidi controls (Cf)
                "\u3164", // Hangul filler, drawn as nothing
                ""
            })
    void invisibleText_isRefused(String text) {
        var refused = validator.validate(new Required(text));
        assertThat(refused).hasSize(1);
        assertThat(refused.iterator().next().getMessage())
                .isEqualTo("Write some visible text: spaces and invisible characters (such as zero-width spaces)"
                        + " do not count.");
        assertThat(validator.validate(new Optional(text))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Blue \ud800", "\udc00 Blue", "Blue \ud800\ud800"})
    void loneSurrogates_areRefused_evenWhereBlankIsAllowed(String text) {
        for (Object input : new Object[] {new Required(text), new Optional(text)}) {
            var refused = validator.validate(input);
            assertThat(refused).hasSize(1);
            assertThat(refused.iterator().next().getMessage())
                    .isEqualTo("The text contains a broken character (a lone UTF-16 surrogate): send well-formed"
                            + " Unicode.");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "\u200bBlue\u200b", "🔵", "é", "日本", "-", "\u0301x"})
    void visibleText_isAccepted(String text) {
        assertThat(validator.validate(new Required(text))).isEmpty();
    }
}
