package org.disputatio.interchange;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;

/**
 * What every imported map must satisfy before anything is written, whatever format it came from: ids unique,
 * every reference resolving, kinds known, anchors inside the text. A format that lets something through is
 * refused here with 422 rather than failing half-way in the database (which would roll back, but answer 500).
 */
public final class ContentCheck {

    private ContentCheck() {}

    public static void check(MapContent map) {
        int textLength = map.document().text().length();
        var claims = ids(map.claims(), MapContent.Claim::id, "claim");
        for (var c : map.claims()) {
            String where = "claim " + c.id();
            required(c.text(), where, "text");
            required(c.proponent(), where, "proponent");
            required(c.section(), where, "section");
            if (ClaimKind.fromSpelling(c.kind()).isEmpty()) {
                throw refused(
                        where,
                        "the claim kind '" + c.kind() + "' is none of thesis, conclusion, premise,"
                                + " counter-claim, rebuttal, concession.");
            }
            for (var a : c.anchors()) {
                anchor(a, textLength, where);
            }
        }
        var sources = ids(map.sources(), MapContent.Source::id, "source");
        var people = ids(map.people(), MapContent.Person::id, "person");
        var events = ids(map.events(), MapContent.Event::id, "event");
        for (var c : map.claims()) {
            String where = "claim " + c.id();
            for (var citation : c.citations()) {
                resolves(sources, citation.sourceId(), where, "cites the source");
                required(citation.raw(), where, "citation's raw text");
            }
            for (var m : c.mentions()) {
                resolves(people, m, where, "mentions the person");
            }
            for (var d : c.dates()) {
                resolves(events, d.event(), where, "dates the event");
                required(d.date(), where, "date");
                required(d.precision(), where, "date precision");
            }
        }
        var arguments = ids(map.arguments(), MapContent.Argument::id, "argument");
        for (var a : map.arguments()) {
            String where = "argument " + a.id();
            if (claims.contains(a.id())) {
                throw refused(where, "a claim has the same id.");
            }
            if (a.premises().isEmpty()) {
                throw refused(where, "an argument needs at least one premise.");
            }
            resolves(claims, a.conclusion(), where, "concludes");
            if (new HashSet<>(a.premises()).size() != a.premises().size()) {
                throw refused(where, "a premise is listed twice.");
            }
            for (var p : a.premises()) {
                resolves(claims, p, where, "has the premise");
            }
        }
        ids(map.attacks(), MapContent.Attack::id, "attack");
        for (var k : map.attacks()) {
            String where = "attack " + k.id();
            resolves(claims, k.from(), where, "comes from");
            var kind = AttackKind.fromSpelling(k.kind());
            if (kind.isEmpty()) {
                throw refused(where, "the attack kind '" + k.kind() + "' is none of rebut, undermine, undercut.");
            }
            resolves(kind.get().targetsArgument() ? arguments : claims, k.to(), where, "targets");
        }
        ids(map.qualifications(), MapContent.Qualification::id, "qualification");
        for (var q : map.qualifications()) {
            resolves(claims, q.from(), "qualification " + q.id(), "comes from");
            resolvesEither(claims, arguments, q.to(), "qualification " + q.id());
        }
        ids(map.rephrases(), MapContent.Rephrase::id, "rephrasing");
        for (var r : map.rephrases()) {
            resolves(claims, r.from(), "rephrasing " + r.id(), "rephrases from");
            resolves(claims, r.to(), "rephrasing " + r.id(), "rephrases");
        }
        ids(map.preferences(), MapContent.Preference::id, "preference");
        for (var p : map.preferences()) {
            resolvesEither(claims, arguments, p.preferred(), "preference " + p.id());
            resolvesEither(claims, arguments, p.over(), "preference " + p.id());
        }
        for (var s : map.sources()) {
            required(s.kind(), "source " + s.id(), "kind");
            required(s.accessibility(), "source " + s.id(), "accessibility");
            for (var r : s.reportedBy()) {
                resolves(sources, r.sourceId(), "source " + s.id(), "is reported by");
            }
        }
        ids(map.contestations(), MapContent.Contestation::id, "contestation");
        for (var x : map.contestations()) {
            resolves(sources, x.sourceId(), "contestation " + x.id(), "contests");
        }
        ids(map.notes(), MapContent.Note::id, "note");
        for (var n : map.notes()) {
            anchor(n.anchor(), textLength, "note " + n.id());
        }
    }

    private static <T> Set<String> ids(java.util.List<T> items, Function<T, @Nullable String> id, String kind) {
        var seen = new HashSet<String>();
        for (var item : items) {
            String value = id.apply(item);
            if (value == null || value.isBlank()) {
                throw refused(kind, "a " + kind + " has no id.");
            }
            if (!seen.add(value)) {
                throw refused(kind + " " + value, "two items of the kind " + kind + " have the id '" + value + "'.");
            }
        }
        return seen;
    }

    private static void anchor(MapContent.@Nullable Anchor a, int textLength, String where) {
        if (a == null || a.exact() == null || a.prefix() == null || a.suffix() == null) {
            throw refused(where, "an anchor lacks its quote.");
        }
        if (a.start() < 0 || a.end() < a.start() || a.end() > textLength) {
            throw refused(
                    where,
                    "the anchor " + a.start() + "–" + a.end() + " lies outside the text of " + textLength + " chars.");
        }
    }

    private static void required(@Nullable String value, String where, String what) {
        if (value == null) {
            throw refused(where, "the " + what + " is missing.");
        }
    }

    private static void resolves(Set<String> ids, @Nullable String id, String where, String relation) {
        if (id == null || !ids.contains(id)) {
            throw refused(where, relation + " '" + id + "', which the file does not hold.");
        }
    }

    private static void resolvesEither(Set<String> claims, Set<String> arguments, @Nullable String id, String where) {
        if (id == null || !claims.contains(id) && !arguments.contains(id)) {
            throw refused(where, "points to '" + id + "', which is neither a claim nor an argument of the file.");
        }
    }

    private static InconsistentFileException refused(String where, String message) {
        return new InconsistentFileException(where, where + ": " + message);
    }
}
