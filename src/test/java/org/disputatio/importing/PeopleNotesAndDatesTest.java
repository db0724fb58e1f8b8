package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.PersonSearch;
import org.disputatio.maps.Timeline;
import org.junit.jupiter.api.Test;

/** people.yaml, notes.yaml and dates.yaml of the shipped essay, and the rules the loader enforces on them. */
class PeopleNotesAndDatesTest {

    static final EssayMap ESSAY = EssayMapLoader.loadShippedEssay();

    @Test
    void shippedEssay_hasExactlyItsPeopleNotesAndDates() {
        assertThat(ESSAY.people()).hasSize(63);
        assertThat(ESSAY.people().stream().collect(Collectors.groupingBy(EssayMap.Person::kind, Collectors.counting())))
                .isEqualTo(Map.of("person", 51L, "collective", 11L, "document", 1L));
        assertThat(ESSAY.people().stream().mapToInt(p -> p.mentionedIn().size()).sum())
                .isEqualTo(332);
        assertThat(ESSAY.notes()).hasSize(24);
        assertThat(ESSAY.notes().stream()
                        .collect(Collectors.groupingBy(n -> n.kind().spelling(), Collectors.counting())))
                .isEqualTo(Map.of("insertion", 10L, "translation", 6L, "date-conflict", 4L, "other", 4L));
        assertThat(ESSAY.events()).hasSize(36);
        assertThat(ESSAY.dates()).hasSize(51);
    }

    @Test
    void everyProponent_isAPersonWithTheSameId() {
        Set<String> people = ESSAY.people().stream().map(EssayMap.Person::id).collect(Collectors.toSet());
        assertThat(ESSAY.proponents()).allSatisfy(p -> assertThat(people).contains(p.id().value()));
        assertThat(ESSAY.proponents()).hasSize(36);
    }

    @Test
    void theFourYakovlevs_areFourPeople_toldApartByTheirDescriptions() {
        List<EssayMap.Person> yakovlevs = ESSAY.people().stream()
                .filter(p -> p.allVariants().stream().anyMatch(v -> v.contains("Yakovlev")))
                .toList();
        assertThat(yakovlevs)
                .extracting(EssayMap.Person::id)
                .containsExactly("yakovlev", "yakovlev-designer", "yakovlev-krasnodar", "an-yakovlev");
        assertThat(yakovlevs.stream().map(EssayMap.Person::description).distinct())
                .hasSize(4);
        assertThat(person("yakovlev").mentionedIn()).extracting(ClaimId::value).containsExactly("c-217", "c-232");
        assertThat(person("yakovlev-designer").mentionedIn())
                .extracting(ClaimId::value)
                .containsExactly("c-319");
        assertThat(person("yakovlev-krasnodar").notes()).containsExactly("n-19");
        assertThat(person("an-yakovlev").notes()).containsExactly("n-20");
        // The spelling the map's own paraphrases use is an added transliteration, not the text's.
        assertThat(person("yakovlev").variants()).containsExactly("Yakovlev");
        assertThat(person("yakovlev").added()).contains("Iakovlev");
    }

    @Test
    void everyVariant_occursInTheReadingText_andEveryNoteAnchor_isItsQuote() {
        String text = ESSAY.document().text();
        assertThat(ESSAY.people())
                .allSatisfy(p -> assertThat(p.variants())
                        .allSatisfy(v -> assertThat(text).contains(v)));
        assertThat(ESSAY.notes())
                .allSatisfy(n -> assertThat(
                                text.substring(n.anchor().start(), n.anchor().end()))
                        .isEqualTo(n.anchor().exact()));
        assertThat(note("n-01").anchor().exact()).isEqualTo("[et du monde entier – n.d. Dr Paquin]");
        assertThat(ESSAY.notes().stream()
                        .filter(n -> n.anchor().exact().contains("GF"))
                        .map(EssayMap.TextNote::id))
                .containsExactly("n-02", "n-05", "n-06", "n-07", "n-08");
    }

    @Test
    void everyMention_namesThePerson() {
        Map<String, EssayMap.Claim> claims =
                ESSAY.claims().stream().collect(Collectors.toMap(c -> c.id().value(), Function.identity()));
        for (EssayMap.Person person : ESSAY.people()) {
            for (ClaimId id : person.mentionedIn()) {
                EssayMap.Claim claim = claims.get(id.value());
                assertThat(PeopleNotesAndDates.names(claim.anchor().exact(), person.allVariants())
                                || PeopleNotesAndDates.names(claim.text(), person.allVariants()))
                        .as("%s names %s", id.value(), person.id())
                        .isTrue();
            }
        }
    }

    /**
     * The reverse of the loader's check: a claim whose quote names someone by a spelling of the text
     * lists that person among its mentions (unless the person is its proponent). A longer spelling
     * wins ("Sergo Béria" is not Lavrenti Béria), namesakes' shared spellings are left to the file,
     * and the title of Zhukov's book is not Stalin.
     */
    @Test
    void everyClaimNamingAPersonByTheTextsSpelling_mentionsThem() {
        Map<String, Long> owners = ESSAY.people().stream()
                .flatMap(p -> p.variants().stream().distinct())
                .collect(Collectors.groupingBy(PersonSearch::fold, Collectors.counting()));
        record Spelling(String folded, String person) {}
        List<Spelling> spellings = ESSAY.people().stream()
                .flatMap(p -> p.variants().stream().map(v -> new Spelling(PersonSearch.fold(v), p.id())))
                .sorted(Comparator.comparingInt((Spelling sp) -> -sp.folded().length()))
                .toList();
        Map<String, Set<String>> listed = new HashMap<>();
        ESSAY.people()
                .forEach(p -> p.mentionedIn()
                        .forEach(c -> listed.computeIfAbsent(c.value(), k -> new HashSet<>())
                                .add(p.id())));
        List<String> missing = new ArrayList<>();
        for (EssayMap.Claim claim : ESSAY.claims()) {
            String quote = PersonSearch.fold(claim.anchor().exact()).replace("staline inoy", "#".repeat(12));
            boolean[] taken = new boolean[quote.length()];
            for (Spelling spelling : spellings) {
                var matcher = Pattern.compile(
                                "(?<![\\p{L}\\p{N}])" + Pattern.quote(spelling.folded()) + "(?![\\p{L}\\p{N}])")
                        .matcher(quote);
                while (matcher.find()) {
                    boolean free = true;
                    for (int i = matcher.start(); i < matcher.end(); i++) {
                        free &= !taken[i];
                        taken[i] = true;
                    }
                    if (free
                            && owners.get(spelling.folded()) == 1
                            && !spelling.person().equals(claim.proponent().value())
                            && !listed.getOrDefault(claim.id().value(), Set.of())
                                    .contains(spelling.person())) {
                        missing.add(spelling.person() + " in " + claim.id().value());
                    }
                }
            }
        }
        assertThat(missing).as("people.yaml should list these mentions").isEmpty();
    }

    @Test
    void timeline_flagsTheTwoEventsTheTextDatesTwice() {
        MapContent content = EssayMaps.toContent(ESSAY);
        Timeline timeline = Timeline.of(content);
        assertThat(timeline.entries()).hasSize(51);
        assertThat(timeline.contradictoryEvents())
                .containsExactlyInAnyOrder("beria-replaces-yezhov", "plenum-1953-beria");
        assertThat(timeline.entries().getFirst().claim().id()).isEqualTo("c-580");
        assertThat(timeline.entries().getLast().claim().id()).isEqualTo("c-052");
        assertThat(content.events().stream()
                        .filter(MapContent.Event::contradictory)
                        .map(MapContent.Event::id))
                .containsExactly("beria-replaces-yezhov", "plenum-1953-beria");
        MapContent.Claim c346 = content.claims().stream()
                .filter(c -> c.id().equals("c-346"))
                .findFirst()
                .orElseThrow();
        assertThat(c346.proponentId()).isEqualTo("furr");
        assertThat(c346.mentions()).containsExactly("beria", "yezhov");
        assertThat(c346.dates())
                .containsExactly(
                        new MapContent.ClaimDate("yezhov-resigns", "1938-09-23", "day"),
                        new MapContent.ClaimDate("beria-replaces-yezhov", "1938-11", "month"));
    }

    @Test
    void validation_refusesUnknownClaims_unmentionedPeople_variantsNotInTheText_andBadNotesAndDates() {
        MapFolder folder = with(Map.of("people.yaml", """
                - {id: furr, kind: person, name: "Grover Furr", variants: ["Grover Furr"], description: "Author", mentionedIn: [c-999]}
                - {id: nobody, kind: person, name: "Nobody", variants: [], description: "Never named", mentionedIn: []}
                - {id: ghost, kind: person, name: "Ghost", variants: ["Zzyzx"], added: ["Zzyzx2"], description: "d", mentionedIn: [c-001]}
                """, "notes.yaml", """
                - {id: n-1, kind: typo, quote: "no such words here at all", text: "t"}
                """, "dates.yaml", """
                events:
                  - {id: e-1, label: "An event"}
                  - {id: e-2, label: "Never dated"}
                dates:
                  - {claim: c-001, date: "1936-13", precision: month, event: e-1}
                  - {claim: c-001, date: "1936", precision: year, event: e-9}
                """));
        assertThatThrownBy(() -> EssayMapLoader.load(folder))
                .isInstanceOf(MapFileException.class)
                .satisfies(e -> assertThat(((MapFileException) e)
                                .problems().stream()
                                        .filter(p -> !p.file().equals("map.yaml"))
                                        .map(p -> p.file() + " [" + p.id() + "] " + p.message())
                                        .toList())
                        .contains(
                                "people.yaml [furr] Mention of an unknown claim 'c-999'",
                                "people.yaml [nobody] The person is neither a proponent nor mentioned by a claim or a note",
                                "people.yaml [ghost] The variant 'Zzyzx' does not occur in the reading text (list it under 'added' if it is a transliteration the text does not use)",
                                "people.yaml [ghost] The claim 'c-001' names the person by none of its variants",
                                "notes.yaml [n-1] Unknown note kind 'typo' (translation, date-conflict, insertion, other)",
                                "dates.yaml [c-001] The date '1936-13' is not a valid date of precision month (1936-12-05, 1936-12, 1936, or 1930 for a decade)",
                                "dates.yaml [c-001] Unknown event 'e-9'",
                                "dates.yaml [e-2] No claim dates this event"));
    }

    private static MapFolder with(Map<String, String> files) {
        MapFolder shipped = MapFolder.classpath(EssayMapLoader.SHIPPED_ESSAY);
        return fileName -> files.containsKey(fileName)
                ? Optional.of(files.get(fileName).getBytes(StandardCharsets.UTF_8))
                : shipped.read(fileName);
    }

    private static EssayMap.Person person(String id) {
        return ESSAY.people().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static EssayMap.TextNote note(String id) {
        return ESSAY.notes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }
}
