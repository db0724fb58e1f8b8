package org.disputatio.maps;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds a map's people by any of their spellings, ignoring case and accents: "iakovlev", "Béria"
 * and "beria" all find someone, and a search for "Yakovlev" finds every namesake.
 */
public final class PersonSearch {

    private PersonSearch() {}

    /** Lower case, without accents, with typographic apostrophes made plain, spaces collapsed. */
    public static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** The ids of the people whose name or one of whose variants contains the words searched. */
    public static Set<String> matching(List<MapContent.Person> people, String search) {
        String needle = fold(search);
        Set<String> ids = new HashSet<>();
        if (needle.isEmpty()) {
            return ids;
        }
        for (MapContent.Person person : people) {
            if (fold(person.name()).contains(needle)
                    || person.variants().stream().anyMatch(v -> fold(v).contains(needle))) {
                ids.add(person.id());
            }
        }
        return ids;
    }

    /** Whether a claim is proposed by, or names, one of these people. */
    public static boolean concerns(MapContent.Claim claim, Set<String> people) {
        return (claim.proponentId() != null && people.contains(claim.proponentId()))
                || claim.mentions().stream().anyMatch(people::contains);
    }
}
