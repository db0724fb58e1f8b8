package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

/**
 * The essay map that ships with the product must load with no problem at all: every quote found in
 * the text, every citation in the bibliography, every claim connected. This is the check that
 * fails the build when the shipped map is wrong; its message lists every problem with its line.
 */
class EssayMapValidationTest {

    @Test
    void shippedEssayMap_hasNoProblems() {
        EssayMap map;
        try {
            map = EssayMapLoader.loadShippedEssay();
        } catch (MapFileException e) {
            fail(e.getMessage());
            return;
        }
        assertThat(map.id()).isEqualTo(new MapId("furr-staline-democratie"));
        assertThat(map.claims()).hasSizeGreaterThan(150);
        assertThat(map.claims()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(ClaimKind.THESIS));
    }

    @Test
    void everyParentheticalCitationOfTheEssay_isAttachedToAClaim() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(map.unattachedReferences())
                .as("references of the essay that no claim cites (line of the original: raw)")
                .extracting(r -> r.originalLine() + ": " + r.citation().raw())
                .isEmpty();
    }

    @Test
    void shippedEssay_isKeptByteExact() {
        byte[] file = MapFolder.classpath(EssayMapLoader.SHIPPED_ESSAY)
                .read("furr-staline-democratie.fr.txt")
                .orElseThrow();
        EssayMap map = EssayMapLoader.loadShippedEssay();
        assertThat(map.document().original().getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
    }
}
