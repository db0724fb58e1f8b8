package org.disputatio.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the citation parser over every parenthesis of the shipped essay. Every parenthesis must
 * either cite only sources of the shipped bibliography, or be one of the asides listed here: a new
 * or misspelt reference fails this test until it gets an alias in sources.yaml (or, if it truly is
 * an aside, a place in this list).
 */
class EssayCitationsTest {

    /** Every parenthesis of the essay that is deliberately not a citation. */
    static final Set<String> ASIDES = Set.of(
            "Bolchevik",
            "comme les groupes religieux",
            "comme pendant l'époque tsariste",
            "comme aux États-Unis aujourd'hui",
            "\"les privés de droit\"",
            "\"des conseils\"",
            "soviétique",
            "kolkhoze",
            "sovkhoze",
            "le Commissariat du Peuple pour des Affaires Internes, incluant la sécurité intérieure",
            "les candidats du parti",
            "qui avaient aussi tué bon nombre de Bolcheviks",
            "pratiquement tous étaient des hommes",
            "Commissaire du Peuple",
            "les fonctionnaires subalternes",
            "et parfois en les enfreignant",
            "qui a eu lieu du 1er au 4 juin",
            "y compris ces commandants militaires qui avaient déjà été jugés, reconnus coupables et exécutés",
            "\"cooptations\"",
            "région de la république russe",
            "\"l'Axe\"",
            "le \" Pacte Anti-Komintern\" – en réalité, un pacte antisoviétique",
            "de Staline",
            "la catégorie 1",
            "la catégorie 2",
            "incluant essentiellement des prêtres, ceux qui s'étaient précédemment opposées au pouvoir soviétique et les criminels",
            "comme n'importe quel dirigeant du parti",
            "l'Union soviétique en voulait une beaucoup plus ferme",
            "officiellement en décembre 1938; en pratique, peut-être quelques semaines plus tôt",
            "le nouveau nom du comité des Commissaires du peuple",
            "bolchevique",
            "les C.C.",
            "le chef du corps exécutif de l'état – c'est-à-dire, le chef d'État",
            "le chef du corps législatif",
            "Staline",
            "c.-à-d. pas les premiers secrétaires",
            "Président du Conseil de Ministres",
            "les troïkas, le NKVD et \"les Commissions spéciales\"",
            "et économique",
            "et bien sûr de la population non-communiste beaucoup plus nombreuse",
            "ouvriers habiles y compris");

    static Bibliography bibliography;

    static List<Parenthetical> parentheticals;

    @BeforeAll
    static void parseTheEssay() {
        BibliographyFile.Result read = EssayBibliography.read();
        assertThat(read.problems()).as("problems in sources.yaml").isEmpty();
        bibliography = read.bibliography();
        parentheticals = new CitationParser(bibliography)
                .parentheticals(EssayBibliography.readingText().text());
    }

    @Test
    void everyParenthesis_isEitherACitationOfKnownSources_orADeliberateAside() {
        List<String> unexpected = parentheticals.stream()
                .filter(p -> p.kind() == Parenthetical.Kind.ASIDE && !ASIDES.contains(p.content()))
                .map(p -> "(" + p.content() + ") at " + p.start())
                .toList();
        assertThat(unexpected)
                .as("parentheses that are neither a known citation nor a listed aside")
                .isEmpty();
    }

    @Test
    void noCitation_hasAPartThatNamesAnUnknownSource() {
        List<String> unresolved = parentheticals.stream()
                .filter(p -> p.kind() == Parenthetical.Kind.CITATION)
                .flatMap(p -> p.unresolved().stream().map(u -> "'" + u.raw() + "' in (" + p.content() + ")"))
                .toList();
        assertThat(unresolved)
                .as("citation parts that resolve to no source of sources.yaml")
                .isEmpty();
    }

    @Test
    void everyListedAside_isStillInTheEssay() {
        Set<String> found = Set.copyOf(parentheticals.stream()
                .filter(p -> p.kind() == Parenthetical.Kind.ASIDE)
                .map(Parenthetical::content)
                .toList());
        assertThat(found).containsExactlyInAnyOrderElementsOf(ASIDES);
    }

    @Test
    void everyCitation_landsOnASourceOfTheBibliography() {
        List<Citation> citations =
                parentheticals.stream().flatMap(p -> p.citations().stream()).toList();
        assertThat(citations).hasSizeGreaterThanOrEqualTo(140);
        assertThat(citations)
                .allSatisfy(c -> assertThat(bibliography.contains(c.sourceId()))
                        .as(c.raw())
                        .isTrue());
    }

    @Test
    void gettysArticle_isOneSource_underAllItsSpellings() {
        List<Citation> getty = parentheticals.stream()
                .flatMap(p -> p.citations().stream())
                .filter(c -> c.sourceId().value().equals("getty-excesses"))
                .toList();
        assertThat(getty)
                .extracting(Citation::raw)
                .contains(
                        "Getty, \"Excesses\" 126",
                        "cf. Getty, \"Excès\" pp.122-3",
                        "cf. Getty, \"Excess\" 125, sur l'importance du sentiment religieux dans le pays",
                        "Getty, \" Excesses,\" passim.",
                        "\"Excesses\" 126");
    }

    @Test
    void zhukovsBook_isOneSource_withItsPagesAsLocators() {
        List<Citation> inoi = parentheticals.stream()
                .flatMap(p -> p.citations().stream())
                .filter(c -> c.sourceId().value().equals("zhukov-inoi-stalin"))
                .toList();
        assertThat(inoi).extracting(Citation::locator).contains("307-9", "211", "Ch. 16, passim", "232, 236", "226");
    }

    @Test
    void quotationsFollowedByABarePage_citeTheSourceCitedJustBefore() {
        assertThat(parentheticals.stream()
                        .filter(p -> p.content().equals("15"))
                        .findFirst()
                        .orElseThrow()
                        .citations())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.sourceId().value()).isEqualTo("stalin-howard-interview");
                    assertThat(c.locator()).isEqualTo("15");
                });
    }

    @Test
    void everySourceOfTheBibliography_hasAKindAndAnAccessibility_andUnknownTitlesSayWhy() {
        assertThat(bibliography.sources()).hasSizeGreaterThan(40);
        assertThat(bibliography.sources())
                .filteredOn(s -> s.title() == null || s.year() == null)
                .allSatisfy(s -> assertThat(s.note()).as(s.id().value()).isNotBlank());
        assertThat(bibliography.sources())
                .extracting(Source::accessibility)
                .contains(Accessibility.CLASSIFIED, Accessibility.UNPUBLISHED, Accessibility.VIA_INTERMEDIARY);
    }
}
