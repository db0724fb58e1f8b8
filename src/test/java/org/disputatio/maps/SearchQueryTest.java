package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What reaches Lucene from a search box: words only, every one required, nothing of Lucene's syntax. */
class SearchQueryTest {

    @Test
    void wordsAreRequired_andLongerOnesAlsoMatchAsPrefixes() {
        assertThat(SearchQuery.parse("Iakov 187").lucene(Set.of(), false)).isEqualTo("+(iakov iakov*) +187");
    }

    @Test
    void luceneSyntax_isDropped_soItCannotBreakOrWidenTheQuery() {
        var query = SearchQuery.parse("title:* OR \"Staline\" AND (x~2 || y^3) -[a TO z] \\ / {b}");
        assertThat(query.words()).containsExactly("title", "or", "staline", "and", "2", "3", "to");
        // Single letters go (they are initials or elided articles), and the operators are plain lower-case words.
        assertThat(query.lucene(Set.of(), false))
                .isEqualTo("+(title title*) +or +(staline staline*) +(and and*) +2 +3 +to")
                .doesNotContain(":", "\"", "(x", "~", "^", "[", "{", "\\", "/", "AND", "OR");
        assertThat(SearchQuery.parse("*:*").isEmpty()).isTrue();
        assertThat(SearchQuery.parse("*:*").lucene(Set.of(), false)).isEmpty();
    }

    @Test
    void frenchElisions_andStopWords_areLeftOut() {
        var query = SearchQuery.parse("l’élection de Staline qu'il");
        assertThat(query.words()).containsExactly("élection", "de", "staline", "il");
        assertThat(query.lucene(Set.of("de", "il"), false)).isEqualTo("+(élection élection*) +(staline staline*)");
    }

    @Test
    void forTheFoldingIndex_accentsAreStripped_alsoFromPrefixes() {
        assertThat(SearchQuery.parse("Béria Œuvre").lucene(Set.of(), true))
                .isEqualTo("+(beria beria*) +(oeuvre oeuvre*)");
    }

    @Test
    void blankOrOverlongText_isRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SearchQuery.parse("a".repeat(SearchQuery.MAX_LENGTH)).words())
                .hasSize(1);
    }

    @Test
    void atMostTwelveWords() {
        assertThat(SearchQuery.parse("w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14")
                        .words())
                .hasSize(SearchQuery.MAX_WORDS)
                .endsWith("w12");
    }

    @Test
    void inNamedFields_eachWordIsAskedInEveryFieldAndNowhereElse_soTheMapKeyIsNeverSearchedForWords() {
        assertThat(SearchQuery.parse("Iakov 187").lucene(Set.of(), false, java.util.List.of("text", "exact")))
                .isEqualTo("+((text:iakov exact:iakov) (text:iakov* exact:iakov*)) +(text:187 exact:187)");
        assertThat(SearchQuery.parse("Inoy 187").lucene(Set.of(), true, java.util.List.of("raw")))
                .isEqualTo("+(raw:inoy raw:inoy*) +raw:187");
    }
}
