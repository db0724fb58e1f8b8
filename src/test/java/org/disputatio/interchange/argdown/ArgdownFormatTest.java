package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.maps.MapContent;
import org.junit.jupiter.api.Test;

class ArgdownFormatTest {

    private final ArgdownFormat format = new ArgdownFormat();

    static MapContent essay() {
        return EssayMaps.toContent(EssayMapLoader.loadShippedEssay());
    }

    static String export(MapContent map) throws IOException {
        var out = new ByteArrayOutputStream();
        new ArgdownFormat().write(map, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    ImportedMap read(String file) throws IOException {
        return format.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void essayMap_exportedAndImported_hasTheSameClaimsArgumentsAttacksCitationsAndAnchors() throws IOException {
        MapContent essay = essay();
        ImportedMap back = read(export(essay));
        MapContent map = back.content();
        assertThat(map.claims()).isEqualTo(essay.claims());
        assertThat(map.arguments()).isEqualTo(essay.arguments());
        // Attacks are written under their attacker, so they come back grouped by it, in another order.
        assertThat(map.attacks()).containsExactlyInAnyOrderElementsOf(essay.attacks());
        assertThat(map.sources()).isEqualTo(essay.sources());
        assertThat(map.contestations()).isEqualTo(essay.contestations());
        assertThat(map.qualifications()).isEqualTo(essay.qualifications());
        assertThat(map.people()).isEqualTo(essay.people());
        assertThat(map.notes()).isEqualTo(essay.notes());
        assertThat(map.events()).isEqualTo(essay.events());
        assertThat(map.document()).isEqualTo(essay.document());
        assertThat(map.title()).isEqualTo(essay.title());
        assertThat(map.language()).isEqualTo(essay.language());
        assertThat(back.report().unmapped()).isEmpty();
        assertThat(back.report().kept())
                .containsEntry("claims", essay.claims().size())
                .containsEntry("arguments", essay.arguments().size())
                .containsEntry("attacks", essay.attacks().size())
                .containsEntry(
                        "citations",
                        essay.claims().stream()
                                .mapToInt(c -> c.citations().size())
                                .sum());
    }

    @Test
    void essayExport_writesStatementsWithDataArgumentsAndRelations() throws IOException {
        String file = export(essay());
        assertThat(file).startsWith("===\ntitle: \"Staline et la lutte");
        assertThat(file)
                .contains(
                        "\n[c-001]: Thèse de Furr : des années 1930 jusqu'à sa mort, Staline a tenté de démocratiser le gouvernement de l'Union soviétique. #thesis {kind: \"thesis\", proponent: \"Grover Furr\", proponentId: \"furr\", section: \"1\"");
        assertThat(file).containsPattern("\n<a-[0-9]+>\n\n\\(1\\) \\[c-[0-9]+\\]\n");
        assertThat(file).contains("\n----\n");
        assertThat(file).containsPattern("\n  -> \\[c-[0-9]+\\]\n");
    }
}
