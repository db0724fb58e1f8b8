package org.disputatio.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationParserTest {

    static final SourceId INOI = new SourceId("zhukov-inoi-stalin");

    static final SourceId GETTY = new SourceId("getty-excesses");

    static final SourceId RIGBY = new SourceId("rigby-party-membership");

    static final Bibliography BIBLIOGRAPHY = new Bibliography(
            List.of(source(INOI), source(GETTY), source(RIGBY)),
            Map.of(
                    INOI,
                    List.of("Zhukov, Inoy", "Inoy", "Жуков, Иной"),
                    GETTY,
                    List.of("Getty, \"Excesses\"", "Getty, \"Excès\"", "Getty, \"Excess\""),
                    RIGBY,
                    List.of("Rigby")));

    static Source source(SourceId id) {
        return new Source(id, List.of(), null, null, SourceKind.SCHOLARSHIP, Accessibility.PUBLISHED, null);
    }

    final CitationParser parser = new CitationParser(BIBLIOGRAPHY);

    @Test
    void multipleReferences_areSplitOnSemicolons_eachWithItsSourceAndLocator() {
        List<Parenthetical> found = parser.parentheticals("Texte (Zhukov, Inoy 307-9; Getty, \"Excesses\" 126).");
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Parenthetical.Kind.CITATION);
            assertThat(p.citations())
                    .containsExactly(
                            new Citation(INOI, "307-9", "Zhukov, Inoy 307-9", null),
                            new Citation(GETTY, "126", "Getty, \"Excesses\" 126", null));
        });
    }

    @Test
    void spellingVariants_landOnOneSource() {
        for (String reference : List.of(
                "Getty, \"Excès\" pp.122-3",
                "Getty, \" Excesses,\" passim.",
                "cf. Getty, \"Excess\" 125",
                "GETTY, «Excesses» 1")) {
            assertThat(parser.parseReference(reference))
                    .as(reference)
                    .isInstanceOfSatisfying(
                            ReferenceSegment.Cited.class,
                            c -> assertThat(c.citation().sourceId()).isEqualTo(GETTY));
        }
        assertThat(parser.parseReference("Жуков, Иной 12"))
                .isInstanceOfSatisfying(
                        ReferenceSegment.Cited.class,
                        c -> assertThat(c.citation().sourceId()).isEqualTo(INOI));
    }

    @Test
    void locators_areKeptAsWritten() {
        assertThat(locator("Zhukov, Inoy 307-9")).isEqualTo("307-9");
        assertThat(locator("Inoy211")).isEqualTo("211");
        assertThat(locator("Zhukov, Inoy Ch. 16, passim")).isEqualTo("Ch. 16, passim");
        assertThat(locator("Zhukov, Inoy p. 12")).isEqualTo("p. 12");
        assertThat(locator("Zhukov, Inoy XIV")).isEqualTo("XIV");
        assertThat(locator("Zhukov, Inoy 232, 236")).isEqualTo("232, 236");
        assertThat(locator("Zhukov, Inoy")).isNull();
    }

    @Test
    void wordsAfterTheLocator_becomeTheCitationsNote() {
        var cited = (ReferenceSegment.Cited) parser.parseReference("Inoy, 39-40, citant des documents d'archives");
        assertThat(cited.citation().locator()).isEqualTo("39-40");
        assertThat(cited.citation().note()).isEqualTo("citant des documents d'archives");
    }

    @Test
    void barePagesAfterAReference_citeTheSameSource() {
        Parenthetical p = parser.parentheticals("(Rigby, 167-8; 184; 199)").getFirst();
        assertThat(p.citations()).extracting(Citation::sourceId).containsOnly(RIGBY);
        assertThat(p.citations()).extracting(Citation::locator).containsExactly("167-8", "184", "199");
    }

    @Test
    void parenthesisOfPagesOnly_citesTheSourceCitedBeforeItInTheText() {
        List<Parenthetical> found = parser.parentheticals("« Citation. » (Inoy 12)\n\n« Suite. » (13-14)");
        assertThat(found.get(1).citations()).singleElement().isEqualTo(new Citation(INOI, "13-14", "13-14", null));
    }

    @Test
    void asidesAndGlosses_areNotCitations() {
        List<Parenthetical> found = parser.parentheticals(
                "Les kolkhozes (kolkhoze), le chef (Staline), (c.-à-d. pas eux) et (\"des conseils\").");
        assertThat(found).hasSize(4).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Parenthetical.Kind.ASIDE));
    }

    @Test
    void unknownAuthorInACitation_isReportedAsUnresolved_andARemarkIsNot() {
        Parenthetical p = parser.parentheticals("(Zhukov, Inoy 12; Conquest 45; italique ajouté)")
                .getFirst();
        assertThat(p.kind()).isEqualTo(Parenthetical.Kind.CITATION);
        assertThat(p.unresolved()).extracting(ReferenceSegment::raw).containsExactly("Conquest 45");
    }

    @Test
    void aLoneLocator_cannotNameASourceOnItsOwn() {
        assertThat(parser.parseReference("13-14")).isInstanceOf(ReferenceSegment.LocatorOnly.class);
        assertThat(parser.parseReference("Conquest, Great Terror 12")).isInstanceOf(ReferenceSegment.Unresolved.class);
    }

    @Test
    void strayClosingParenthesis_andOneSpanningParagraphs_areIgnored() {
        assertThat(parser.parentheticals("c) Confirmer (Inoy 3)"))
                .singleElement()
                .satisfies(p -> assertThat(p.content()).isEqualTo("Inoy 3"));
        assertThat(parser.parentheticals("(ouverte\n\nfermée)")).isEmpty();
    }

    private String locator(String reference) {
        return ((ReferenceSegment.Cited) parser.parseReference(reference))
                .citation()
                .locator();
    }
}
