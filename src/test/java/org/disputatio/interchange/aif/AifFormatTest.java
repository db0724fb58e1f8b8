package org.disputatio.interchange.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.MapFormat;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** AIF and xAIF read and written without a database: the mapping of ADR 041 and the round trips of issue 14. */
class AifFormatTest {

    static final MapFormat AIF = new AifFormats().aifFormat();
    static final MapFormat XAIF = new AifFormats().xaifFormat();

    static MapFormat format(String name) {
        return name.equals("aif") ? AIF : XAIF;
    }

    static byte[] export(MapContent map, MapFormat format) throws IOException {
        var out = new ByteArrayOutputStream();
        format.write(map, out);
        return out.toByteArray();
    }

    static ImportedMap read(byte[] file, MapFormat format) throws IOException {
        return format.read(new ByteArrayInputStream(file));
    }

    static ImportedMap fixture(String name, MapFormat format) throws IOException {
        try (InputStream in = AifFormatTest.class.getResourceAsStream("/interchange/aif/" + name)) {
            return format.read(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aif", "xaif"})
    void essayMap_exportedThenImported_hasTheSameClaimsArgumentsAttacksCitationsAndAnchors(String name)
            throws IOException {
        var essay = EssayMaps.toContent(EssayMapLoader.loadShippedEssay());

        var back = read(export(essay, format(name)), format(name)).content();

        assertThat(back.claims()).isEqualTo(essay.claims());
        assertThat(back.arguments()).isEqualTo(essay.arguments());
        assertThat(back.attacks()).isEqualTo(essay.attacks());
        assertThat(back.sources()).isEqualTo(essay.sources());
        assertThat(back.qualifications()).isEqualTo(essay.qualifications());
        assertThat(back.people()).isEqualTo(essay.people());
        assertThat(back.notes()).isEqualTo(essay.notes());
        assertThat(back.contestations()).isEqualTo(essay.contestations());
        assertThat(back.document().text()).isEqualTo(essay.document().text());
        assertThat(back.title()).isEqualTo(essay.title());
    }

    @Test
    void aifdbFile_mapsNodesToClaimsArgumentsAndTheThreeKindsOfAttack() throws IOException {
        var read = fixture("aifdb-hangover.json", AIF);
        var map = read.content();

        assertThat(map.claims())
                .extracting(MapContent.Claim::id, MapContent.Claim::kind, MapContent.Claim::proponent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("n1", "conclusion", "Bob"),
                        org.assertj.core.groups.Tuple.tuple("n2", "premise", ""),
                        org.assertj.core.groups.Tuple.tuple("n3", "premise", ""),
                        org.assertj.core.groups.Tuple.tuple("n5", "counter-claim", "Cat"),
                        org.assertj.core.groups.Tuple.tuple("n7", "counter-claim", ""),
                        org.assertj.core.groups.Tuple.tuple("n9", "counter-claim", ""),
                        org.assertj.core.groups.Tuple.tuple("n11", "premise", ""));
        assertThat(map.claims().getFirst().text()).isEqualTo("Ann should not drive tonight");
        assertThat(map.claims().getFirst().proponentId()).isEqualTo("p-1");
        assertThat(map.arguments())
                .containsExactly(
                        new MapContent.Argument("n4", List.of("n2", "n3"), "n1", "Argument From Consequences"));
        assertThat(map.attacks())
                .containsExactly(
                        new MapContent.Attack("n6", "n5", "n2", "undermine"),
                        new MapContent.Attack("n8", "n7", "n1", "rebut"),
                        new MapContent.Attack("n10", "n9", "n4", "undercut"));
        assertThat(map.rephrases()).containsExactly(new MapContent.Rephrase("n12", "n1", "n11", null));
        assertThat(map.preferences()).containsExactly(new MapContent.Preference("n13", "n7", "n4", null));
        assertThat(map.people())
                .containsExactly(
                        new MapContent.Person("p-1", "person", "Bob", List.of(), ""),
                        new MapContent.Person("p-2", "person", "Cat", List.of(), ""));
        assertThat(read.report().format()).isEqualTo("aif");
        assertThat(read.report().kept())
                .containsEntry("claims", 7)
                .containsEntry("arguments", 1)
                .containsEntry("attacks", 3)
                .containsEntry("rephrases", 1)
                .containsEntry("preferences", 1)
                .containsEntry("speakers", 2)
                .containsEntry("anchors", 0);
        assertThat(read.report().unmapped())
                .extracting(Unmapped::where)
                .containsExactly("node 105", "node 106", "node 200", "edge 20");
        assertThat(read.report().unmapped().get(2).what()).isEqualTo("X node 'a note someone left'");
    }

    @Test
    void xaifFile_takesSpeakersFromParticipantsAndAnchorsFromTheText() throws IOException {
        var read = fixture("xaif-dialogue.json", XAIF);
        var map = read.content();

        assertThat(map.document().text())
                .isEqualTo("Dana Okafor: we should cut the speed limit in town, because fewer children would be"
                        + " hurt.\n\nEli Roth: drivers ignore limits anyway & always will.");
        assertThat(map.claims())
                .extracting(MapContent.Claim::id, MapContent.Claim::kind, MapContent.Claim::proponent)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("n3", "conclusion", "Dana Okafor"),
                        org.assertj.core.groups.Tuple.tuple("n5", "premise", "Dana Okafor"),
                        org.assertj.core.groups.Tuple.tuple("n7", "counter-claim", "Eli Roth"));
        assertThat(map.claims().get(0).anchors())
                .containsExactly(new MapContent.Anchor(
                        "we should cut the speed limit in town",
                        "Dana Okafor: ",
                        ", because fewer children would b",
                        13,
                        50));
        assertThat(map.claims().get(1).anchors())
                .containsExactly(new MapContent.Anchor(
                        "fewer children would be hurt",
                        "he speed limit in town, because ",
                        ".\n\nEli Roth: drivers ignore limi",
                        60,
                        88));
        assertThat(map.claims().get(2).anchors().getFirst().start()).isEqualTo(101);
        assertThat(map.arguments()).containsExactly(new MapContent.Argument("n9", List.of("n5"), "n3", null));
        assertThat(map.attacks()).containsExactly(new MapContent.Attack("n10", "n7", "n9", "undercut"));
        assertThat(read.report().unmapped()).extracting(Unmapped::where).containsExactly("node 12", "node 11");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aifdb-hangover.json", "xaif-dialogue.json"})
    void importedFile_exportedAndImportedAgain_isTheSameMap(String fixture) throws IOException {
        for (MapFormat format : List.of(AIF, XAIF)) {
            var first = fixture(fixture, format).content();

            var second = read(export(first, format), format).content();

            assertThat(second).as("through %s", format.name()).isEqualTo(first);
        }
    }

    @Test
    void smallMap_asXaif_isTheShapeOvaReads() throws IOException {
        var json = AifWriter.JSON.readTree(export(SampleMaps.twoVoices("m"), XAIF));

        assertThat(json.get("AIF").get("nodes").get(0).get("type").asString()).isEqualTo("I");
        assertThat(json.get("AIF").get("participants").size()).isEqualTo(2);
        assertThat(json.get("text").get("txt").asString()).isEqualTo(SampleMaps.TEXT);
        var types = new java.util.ArrayList<String>();
        json.get("AIF").get("nodes").forEach(n -> types.add(n.get("type").asString()));
        assertThat(types).containsExactly("I", "L", "YA", "I", "L", "YA", "I", "L", "YA", "RA", "CA");
        assertThat(Map.of("edges", json.get("AIF").get("edges").size())).containsEntry("edges", 10);
    }
}
