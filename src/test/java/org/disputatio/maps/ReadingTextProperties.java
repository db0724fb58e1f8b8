package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ReadingTextProperties {

    @Property
    void offsetMap_isMonotonic_andPointsAtMatchingChars(
            @ForAll @Chars({' ', '\n', '-', '.', 'é', '«'}) @CharRange(from = 'a', to = 'e') @StringLength(max = 200)
                    String original) {
        ReadingText reading = ReadingText.normalise(original);
        int previous = -1;
        for (int i = 0; i < reading.text().length(); i++) {
            int at = reading.originalOffset(i);
            assertThat(at).isGreaterThanOrEqualTo(previous);
            char c = reading.text().charAt(i);
            if (!Character.isWhitespace(c)) {
                assertThat(original.charAt(at)).isEqualTo(c);
                assertThat(at).isGreaterThan(previous);
            }
            previous = at;
        }
        assertThat(reading.text())
                .doesNotStartWith(" ")
                .doesNotEndWith(" ")
                .doesNotContain("  ")
                .doesNotContain("\n\n\n");
    }
}
