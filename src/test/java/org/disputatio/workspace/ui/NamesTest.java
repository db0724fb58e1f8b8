package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import org.disputatio.workspace.SyntheticMaps;
import org.disputatio.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A change's summary as readers see it: ids named or left out, words kept. */
class NamesTest {

    private static final Workspace MAP = SyntheticMaps.workspace(SyntheticMaps.generate("names", 30));
    private static final BiFunction<String, Object[], String> KEYS = (key, args) -> key;

    @ParameterizedTest
    // The id of HistoryPanelIT's failed CI run (no digit), one with digits, one all digits.
    @ValueSource(strings = {"u-qkrhwogzoo", "u-a1b2c3d4e5", "u-0123456789"})
    void generatedEvidenceIds_areLeftOut_withOrWithoutDigits(String id) {
        assertThat(Names.replaceIds(MAP, "Rated evidence " + id + " 0.75 (was none)", KEYS))
                .isEqualTo("Rated evidence 0.75 (was none)");
    }

    @Test
    void claimsAreNamedByTheirWords_andHyphenatedWordsStay() {
        assertThat(Names.replaceIds(MAP, "Attached a well-known quote to c3", KEYS))
                .isEqualTo("Attached a well-known quote to « Claim 3 holds for reason 21 »");
    }

    @Test
    void anUnknownIdThatIsNotGenerated_staysAsWritten() {
        assertThat(Names.replaceIds(MAP, "Undid change to q-north", KEYS)).isEqualTo("Undid change to q-north");
    }
}
