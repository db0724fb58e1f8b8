package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SectionId;
import org.disputatio.sources.Citation;
import org.disputatio.sources.ReportedBy;
import org.disputatio.sources.SourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EssayMapLoaderTest {

    @Test
    void validMap_loadsEveryItem_anchoredInTheReadingText() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        assertThat(map.id()).isEqualTo(new MapId("essai"));
        assertThat(map.claims()).hasSize(6);
        assertThat(map.arguments()).hasSize(2);
        assertThat(map.attacks()).hasSize(3);
        assertThat(map.contestations()).hasSize(1);
        assertThat(map.sources()).hasSize(3);
        String text = map.document().text();
        for (EssayMap.Claim claim : map.claims()) {
            assertThat(text.substring(claim.anchor().start(), claim.anchor().end()))
                    .isEqualTo(claim.anchor().exact());
        }
    }

    @Test
    void claim_keepsItsKindProponentSectionAndLine() {
        EssayMap.Claim thesis = EssayMapLoader.load(Fixtures.map("valid"))
                .claim(new ClaimId("c-001"))
                .orElseThrow();
        assertThat(thesis.kind()).isEqualTo(ClaimKind.THESIS);
        assertThat(thesis.proponent()).isEqualTo(new ProponentId("auteur"));
        assertThat(thesis.section()).isEqualTo(SectionId.numbered(1));
        assertThat(thesis.line()).isEqualTo(14);
    }

    @Test
    void quoteAcrossAHardLineBreak_isAnchoredInTheReadingText() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        EssayMap.Claim preface = map.claim(new ClaimId("c-005")).orElseThrow();
        assertThat(preface.section()).isEqualTo(SectionId.PREFACE);
        assertThat(map.document()
                        .reading()
                        .originalRange(preface.anchor().range())
                        .of(map.document().original()))
                .isEqualTo("Nous publions cet essai  \nimportant.");
    }

    @Test
    void citations_resolveToSources_withLocatorAndRaw_includingABarePageByItsContext() {
        EssayMap.Claim claim = EssayMapLoader.load(Fixtures.map("valid"))
                .claim(new ClaimId("c-002"))
                .orElseThrow();
        assertThat(claim.citations())
                .containsExactly(
                        new Citation(new SourceId("getty-excesses"), "126", "Getty, \"Excès\" 126", null),
                        new Citation(new SourceId("getty-excesses"), "15", "15", null));
    }

    @Test
    void aDocumentKnownThroughAHistorian_isCitedByItsId_andKeepsItsProvenanceChain() {
        EssayMap map = EssayMapLoader.load(Fixtures.withBibliography("direct-citation", "reported-by"));
        assertThat(map.claim(new ClaimId("c-001")).orElseThrow().citations())
                .containsExactly(
                        new Citation(new SourceId("zhukov-inoi-stalin"), "307-9", "Zhukov, Inoy 307-9", null),
                        new Citation(new SourceId("archive-transcript"), "f. 3", "archive-transcript f. 3", null));
        assertThat(map.bibliography()
                        .source(new SourceId("archive-transcript"))
                        .orElseThrow()
                        .reportedBy())
                .containsExactly(new ReportedBy(new SourceId("zhukov-inoi-stalin"), "486-7"));
        assertThat(EssayMaps.toContent(map).sources())
                .filteredOn(s -> s.id().equals("archive-transcript"))
                .singleElement()
                .extracting(MapContent.Source::reportedBy)
                .isEqualTo(List.of(new MapContent.ReportedBy("zhukov-inoi-stalin", "486-7")));
    }

    @Test
    void aRunOfReferencesWrittenAsInTheEssay_resolvesEachPart() {
        EssayMap.Claim claim = EssayMapLoader.load(Fixtures.map("valid"))
                .claim(new ClaimId("c-003"))
                .orElseThrow();
        assertThat(claim.citations())
                .extracting(Citation::sourceId, Citation::locator)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(new SourceId("pavlova-1937"), "19-36"),
                        org.assertj.core.groups.Tuple.tuple(new SourceId("pavlova-1937"), "20"));
    }

    @Test
    void repeatedQuote_isSingledOutByItsPrefix() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        EssayMap.Claim claim = map.claim(new ClaimId("c-006")).orElseThrow();
        assertThat(map.document().text().substring(0, claim.anchor().start())).endsWith("Il résista encore. ");
    }

    @Test
    void attacks_andArguments_keepTheirTargets() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        assertThat(map.attacks())
                .filteredOn(a -> a.kind() == AttackKind.UNDERCUT)
                .singleElement()
                .satisfies(a -> assertThat(a.targetArgument()).contains(new ArgumentId("a-001")));
        assertThat(map.arguments().getFirst().premises()).containsExactly(new ClaimId("c-002"), new ClaimId("c-005"));
        assertThat(map.contestations().getFirst().anchor()).isNotNull();
    }

    @Test
    void essayReferencesThatNoClaimCites_areListed() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        assertThat(map.unattachedReferences()).isEmpty();
        assertThat(EssayMapLoader.load(Fixtures.map("valid-without-citations")).unattachedReferences())
                .extracting(r -> r.citation().raw())
                .containsExactly("Zhukov, Inoy 307-9");
    }

    @Test
    void document_isKeptByteExact() {
        EssayMap map = EssayMapLoader.load(Fixtures.map("valid"));
        byte[] file =
                MapFolder.classpath("importing/common").read("essai.fr.txt").orElseThrow();
        assertThat(map.document().original()).isEqualTo(new String(file, StandardCharsets.UTF_8));
        assertThat(map.document().original().getBytes(StandardCharsets.UTF_8)).isEqualTo(file);
        assertThat(map.document().sha256()).hasSize(64);
    }

    @Test
    void missingDocument_isReported() {
        assertThatThrownBy(() -> EssayMapLoader.load(Fixtures.without("valid", "essai.fr.txt")))
                .isInstanceOf(MapFileException.class)
                .hasMessageContaining(
                        "map.yaml:5 [document] The document file 'essai.fr.txt' is not in the map's folder");
    }

    @Test
    void mapFolderOnDisk_loadsLikeOneOnTheClasspath(@TempDir Path folder) throws IOException {
        MapFolder fixture = Fixtures.map("valid");
        for (String file : List.of("map.yaml", "sources.yaml", "essai.fr.txt")) {
            Files.write(folder.resolve(file), fixture.read(file).orElseThrow());
        }
        assertThat(EssayMapLoader.load(MapFolder.directory(folder)).claims()).hasSize(6);
    }
}
