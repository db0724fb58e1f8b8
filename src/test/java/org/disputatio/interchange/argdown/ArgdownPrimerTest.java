package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.maps.MapContent;
import org.junit.jupiter.api.Test;

/**
 * A file in the style of Argdown's own primer (src/test/resources/interchange/primer.argdown, written for
 * these tests): statements, arguments, relations in both directions, an equivalence class defined twice,
 * tags, comments, headings, YAML data and a premise–conclusion structure of two inference steps.
 */
class ArgdownPrimerTest {

    static final Path FIXTURE = Path.of("src/test/resources/interchange/primer.argdown");

    private final ArgdownFormat format = new ArgdownFormat();

    ImportedMap read(InputStream in) throws IOException {
        return format.read(in);
    }

    ImportedMap primer() throws IOException {
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            return read(in);
        }
    }

    @Test
    void primer_importsItsStatementsArgumentsAndRelations() throws IOException {
        ImportedMap imported = primer();
        MapContent map = imported.content();

        assertThat(map.title()).isEqualTo("Should cities ban cars from their centres?");
        assertThat(map.claims())
                .extracting(MapContent.Claim::id, MapContent.Claim::kind, MapContent.Claim::section)
                .containsExactly(
                        tuple("Ban", "thesis", "1"),
                        tuple("Safety", "premise", "1"),
                        tuple("Pollution", "premise", "1"),
                        tuple("Health", "premise", "1"),
                        tuple("Harm", "premise", "1"),
                        tuple("Duty", "premise", "1"),
                        tuple("Delivery", "premise", "2"),
                        tuple("Buses", "premise", "2"),
                        tuple("Coverage", "premise", "2"),
                        tuple("untitled-1", "premise", "2"),
                        tuple("shops-suffer-gist", "premise", "1"));
        // Defined twice with the same text (the tag is not part of it): one claim, no report.
        assertThat(map.claims().getFirst().text()).isEqualTo("City centres should ban private cars.");
        assertThat(map.claims().get(7).text()).isEqualTo("Buses do not reach every shop.");
        assertThat(map.claims().getLast().text()).isEqualTo("Shops in the centre lose customers who come by car.");
        assertThat(map.arguments())
                .containsExactly(
                        new MapContent.Argument(
                                "clean-air-step-1", List.of("Pollution", "Health"), "Harm", "Modus ponens"),
                        new MapContent.Argument("clean-air", List.of("Harm", "Duty"), "Ban"),
                        new MapContent.Argument("Safety-supports-Ban", List.of("Safety"), "Ban"),
                        new MapContent.Argument("Ban-supports-Safety", List.of("Ban"), "Safety"),
                        new MapContent.Argument("untitled-1-supports-Ban", List.of("untitled-1"), "Ban"));
        assertThat(map.attacks())
                .containsExactly(
                        new MapContent.Attack("attack-3", "Delivery", "shops-suffer-gist", "rebut"),
                        new MapContent.Attack("attack-4", "Buses", "Delivery", "rebut"),
                        new MapContent.Attack("attack-5", "Buses", "Coverage", "rebut"),
                        new MapContent.Attack("attack-6", "Coverage", "Buses", "rebut"),
                        new MapContent.Attack("attack-1", "shops-suffer-gist", "Ban", "undermine"),
                        new MapContent.Attack("attack-2", "shops-suffer-gist", "clean-air", "undercut"));
        assertThat(imported.report().unmapped())
                .containsExactly(
                        new Unmapped("line 15", "tag #road safety of [Safety]", "Disputatio has no tags"),
                        new Unmapped("line 19", "data 'source' of [Pollution]", "no field of a claim holds it"),
                        new Unmapped("line 44", "tag #untitled of [untitled-1]", "Disputatio has no tags"));
        assertThat(imported.report().kept())
                .containsEntry("claims", 11)
                .containsEntry("arguments", 5)
                .containsEntry("attacks", 6);
    }

    @Test
    void primer_importedExportedAndImportedAgain_isTheSameMap() throws IOException {
        MapContent first = primer().content();
        String exported = ArgdownFormatTest.export(first);
        ImportedMap again = read(new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.content()).isEqualTo(first);
        assertThat(again.report().unmapped()).isEmpty();
    }
}
