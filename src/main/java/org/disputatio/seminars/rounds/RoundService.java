package org.disputatio.seminars.rounds;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.SeminarAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Blind rating rounds (issue 13 point 4, ADR 039). An instructor (or owner) opens a round on items of one kind;
 * members rate them; while it is open nobody, the instructor included, sees anyone else's rating or the spread:
 * every read here shows a caller only their own ratings, and who has rated. Closing reveals everyone's ratings,
 * the spread, the group's rating and Krippendorff's alpha. Roles come from {@link SeminarAccess} alone.
 */
@Service
public class RoundService {

    /** The most items one round may rate. */
    public static final int MAX_ITEMS = 200;

    /** A round in the map's list. */
    public record RoundSummary(
            String id,
            String kind,
            String status,
            int itemCount,
            int raterCount,
            String openedBy,
            Instant openedAt,
            @Nullable Instant closedAt) {}

    /**
     * A round as the caller may see it. While open, {@code ratings} holds the caller's own ratings only and
     * {@code alpha} is absent; once closed, everyone's ratings, each with the group's rating, and the results per
     * scale ({@code value}, or {@code reliability} and {@code credibility}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RoundView(
            String id,
            String kind,
            String status,
            List<String> items,
            List<String> raters,
            List<RatingRow> ratings,
            @Nullable Map<String, RoundResults.ScaleResult> alpha) {}

    /** One rating, and once the round is closed the group's rating of the same item to compare it with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RatingRow(
            String itemId,
            String user,
            @Nullable Double value,
            @Nullable String reliability,
            @Nullable Integer credibility,
            @Nullable Double groupValue,
            @Nullable String groupReliability,
            @Nullable Double groupCredibility) {}

    /** An item the instructor may choose for a round, with words to recognise it by. */
    public record Candidate(String id, String label) {}

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Rounds rounds;
    private final SeminarAccess access;
    private final MapCatalog catalog;
    private final EvidenceService evidence;
    private final Clock clock;

    RoundService(Rounds rounds, SeminarAccess access, MapCatalog catalog, EvidenceService evidence, Clock clock) {
        this.rounds = rounds;
        this.access = access;
        this.catalog = catalog;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** What the user is to the map; 404 for an unknown map or one they may not read. */
    public GroupRole role(MapId map, @Nullable String user) {
        if (catalog.find(map).isEmpty()) {
            throw new UnknownItemException("map", map.value());
        }
        return access.roleIn(map, user).orElseThrow(() -> new UnknownItemException("map", map.value()));
    }

    /**
     * Opens a round on {@code items}, which must be the map's items of the kind's sort, each once.
     *
     * @return the new round's id
     */
    public String open(MapId map, @Nullable String kindName, @Nullable List<@Nullable String> items, String user) {
        require(role(map, user), GroupRole.INSTRUCTOR, "Only the map's instructors and owners open rounds.");
        if (kindName == null || kindName.isBlank()) {
            throw InvalidInputException.of("kind", "disputatio.required");
        }
        RoundKind kind = RoundKind.fromApiName(kindName.strip())
                .orElseThrow(() -> InvalidInputException.of("kind", "disputatio.round.kind"));
        List<String> ids = checkedItems(map, kind, items);
        String id = nextId();
        rounds.create(new Round(id, map.value(), kind, true, ids, user, clock.instant(), null));
        return id;
    }

    private List<String> checkedItems(MapId map, RoundKind kind, @Nullable List<@Nullable String> items) {
        if (items == null || items.isEmpty()) {
            throw InvalidInputException.of("items", "disputatio.round.items", MAX_ITEMS);
        }
        if (items.size() > MAX_ITEMS) {
            throw InvalidInputException.of("items", "disputatio.round.items", MAX_ITEMS);
        }
        List<String> ids = new ArrayList<>();
        var seen = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i);
            if (id == null || id.isBlank() || id.length() > 200) {
                throw InvalidInputException.of("items[" + i + "]", "disputatio.required");
            }
            if (!seen.add(id.strip())) {
                throw InvalidInputException.of("items[" + i + "]", "disputatio.round.item.twice", id.strip());
            }
            ids.add(id.strip());
        }
        var found = rounds.items(map, ids);
        for (int i = 0; i < found.size(); i++) {
            var item = found.get(i);
            boolean fits = switch (kind) {
                case EVIDENCE -> item.evidence();
                case INFERENCE -> item.argument();
                case GRADE -> item.source();
            };
            if (!fits) {
                boolean any = item.evidence() || item.argument() || item.source();
                throw InvalidInputException.of(
                        "items[" + i + "]",
                        any ? "disputatio.round.item." + kind.apiName() : "disputatio.round.item.unknown",
                        item.id());
            }
        }
        return ids;
    }

    /** The map's rounds, newest first. */
    public List<RoundSummary> list(MapId map, @Nullable String user) {
        role(map, user);
        return rounds.list(map).stream()
                .map(l -> new RoundSummary(
                        l.round().id(),
                        l.round().kind().apiName(),
                        l.round().status(),
                        l.round().items().size(),
                        l.raters(),
                        l.round().openedBy(),
                        l.round().openedAt(),
                        l.round().closedAt()))
                .toList();
    }

    /** The round as the caller may see it (see {@link RoundView}). */
    public RoundView view(MapId map, String roundId, @Nullable String user) {
        role(map, user);
        Round round = find(map, roundId);
        List<RoundRating> all = rounds.ratings(round.id());
        List<String> raters =
                List.copyOf(all.stream().map(RoundRating::user).collect(Collectors.toCollection(TreeSet::new)));
        if (round.open()) {
            // Blind: only the caller's own ratings, whatever their role.
            List<RatingRow> own = sorted(round, all).stream()
                    .filter(r -> r.user().equals(user))
                    .map(r -> row(r, null))
                    .toList();
            return new RoundView(round.id(), round.kind().apiName(), "open", round.items(), raters, own, null);
        }
        RoundResults results = RoundResults.of(round.kind(), round.items(), all);
        List<RatingRow> rows =
                sorted(round, all).stream().map(r -> row(r, results)).toList();
        return new RoundView(
                round.id(), round.kind().apiName(), "closed", round.items(), raters, rows, results.scales());
    }

    /** The results of a closed round, for the page's chart and tables; empty while it is open. */
    public Optional<RoundResults> results(MapId map, String roundId, @Nullable String user) {
        role(map, user);
        Round round = find(map, roundId);
        if (round.open()) return Optional.empty();
        return Optional.of(RoundResults.of(round.kind(), round.items(), rounds.ratings(round.id())));
    }

    /** The round itself (kind, items, status), readable by anyone who may read the map. */
    public Round round(MapId map, String roundId, @Nullable String user) {
        role(map, user);
        return find(map, roundId);
    }

    /**
     * Sets the user's rating of an item of an open round: {@code value} for evidence and inference,
     * {@code reliability} and {@code credibility} for grades.
     *
     * @throws RoundClosedException once the round is closed
     */
    public void rate(
            MapId map,
            String roundId,
            String itemId,
            String user,
            @Nullable Double value,
            @Nullable String reliability,
            @Nullable Integer credibility) {
        require(role(map, user), GroupRole.MEMBER, "Only the map's members rate in its rounds.");
        Round round = find(map, roundId);
        if (!round.items().contains(itemId)) {
            throw new UnknownItemException("item of the round", itemId);
        }
        if (!round.open()) {
            throw new RoundClosedException(round.id());
        }
        RoundRating rating = checkedRating(round.kind(), itemId, user, value, reliability, credibility);
        rounds.rate(map, round, rating, clock.instant());
    }

    private static RoundRating checkedRating(
            RoundKind kind,
            String itemId,
            String user,
            @Nullable Double value,
            @Nullable String reliability,
            @Nullable Integer credibility) {
        var refusals = new ArrayList<InvalidInputException.Refusal>();
        if (kind == RoundKind.GRADE) {
            if (value != null) refusals.add(refusal("value", "disputatio.round.notThisKind"));
            String letter = reliability == null ? null : reliability.strip().toUpperCase(Locale.ROOT);
            if (letter == null) refusals.add(refusal("reliability", "disputatio.required"));
            else if (!RoundKind.Scale.RELIABILITY.categories().contains(letter))
                refusals.add(refusal("reliability", "disputatio.reliability"));
            if (credibility == null) refusals.add(refusal("credibility", "disputatio.required"));
            else if (credibility < 1 || credibility > 6) refusals.add(refusal("credibility", "disputatio.credibility"));
            if (!refusals.isEmpty()) throw new InvalidInputException(refusals);
            return new RoundRating(itemId, user, null, letter, credibility);
        }
        if (reliability != null) refusals.add(refusal("reliability", "disputatio.round.notThisKind"));
        if (credibility != null) refusals.add(refusal("credibility", "disputatio.round.notThisKind"));
        if (value == null) refusals.add(refusal("value", "disputatio.required"));
        else if (!List.of(0.0, 0.25, 0.5, 0.75, 1.0).contains(value))
            refusals.add(refusal("value", "disputatio.rating"));
        if (!refusals.isEmpty()) {
            refusals.sort(Comparator.comparing(InvalidInputException.Refusal::field));
            throw new InvalidInputException(refusals);
        }
        return new RoundRating(itemId, user, value, null, null);
    }

    private static InvalidInputException.Refusal refusal(String field, String key) {
        return InvalidInputException.of(field, key).refusals().getFirst();
    }

    /** Closes the round: its ratings become final and visible with the results. */
    public void close(MapId map, String roundId, String user) {
        require(role(map, user), GroupRole.INSTRUCTOR, "Only the map's instructors and owners close rounds.");
        Round round = find(map, roundId);
        rounds.close(map, round.id(), user, clock.instant());
    }

    /**
     * The results of a closed round as CSV: a {@code rating} row per item and user, an {@code item} row per item
     * with its alpha on each scale, and one {@code round} row with the round's alpha (ADR 039).
     *
     * @throws RoundOpenException while the round is open
     */
    public String csv(MapId map, String roundId, @Nullable String user) {
        role(map, user);
        Round round = find(map, roundId);
        if (round.open()) throw new RoundOpenException(round.id());
        List<RoundRating> all = rounds.ratings(round.id());
        RoundResults results = RoundResults.of(round.kind(), round.items(), all);
        return RoundCsv.write(round, sorted(round, all), results);
    }

    /** Items the instructor may choose for a round of this kind, in the map's order. */
    public List<Candidate> candidates(MapId map, RoundKind kind) {
        MapContent content = catalog.content(map).orElseThrow(() -> new UnknownItemException("map", map.value()));
        Map<String, String> claims = new LinkedHashMap<>();
        content.claims().forEach(c -> claims.put(c.id(), c.text()));
        return switch (kind) {
            case EVIDENCE ->
                evidence.forMap(map).stream()
                        .map(e -> new Candidate(
                                e.id(),
                                "“" + e.quote() + "” (" + e.locator() + ") → "
                                        + claims.getOrDefault(e.claimId(), e.claimId())))
                        .toList();
            case INFERENCE ->
                content.arguments().stream()
                        .map(a -> new Candidate(
                                a.id(), a.id() + ": " + claims.getOrDefault(a.conclusion(), a.conclusion())))
                        .toList();
            case GRADE ->
                content.sources().stream()
                        .map(s -> new Candidate(
                                s.id(),
                                String.join(", ", s.authors())
                                        + (s.year() == null ? "" : " (" + s.year() + ")")
                                        + (s.title() == null ? "" : ", " + s.title())))
                        .toList();
        };
    }

    private Round find(MapId map, String roundId) {
        if (roundId.isBlank() || roundId.length() > 200) throw new UnknownItemException("round", roundId);
        return rounds.find(map, roundId).orElseThrow(() -> new UnknownItemException("round", roundId));
    }

    /** Ratings in the round's item order, then by user. */
    private static List<RoundRating> sorted(Round round, List<RoundRating> all) {
        return all.stream()
                .filter(r -> round.items().contains(r.itemId()))
                .sorted(Comparator.comparingInt((RoundRating r) -> round.items().indexOf(r.itemId()))
                        .thenComparing(RoundRating::user))
                .toList();
    }

    private static RatingRow row(RoundRating r, @Nullable RoundResults results) {
        Double groupValue = null;
        String groupReliability = null;
        Double groupCredibility = null;
        if (results != null) {
            for (RoundKind.Scale scale : RoundKind.Scale.values()) {
                var item = results.item(scale, r.itemId());
                if (item == null || item.group() == null) continue;
                switch (scale) {
                    case VALUE -> groupValue = Double.valueOf(item.group());
                    case RELIABILITY -> groupReliability = item.group();
                    case CREDIBILITY -> groupCredibility = Double.valueOf(item.group());
                }
            }
        }
        return new RatingRow(
                r.itemId(),
                r.user(),
                r.value(),
                r.reliability(),
                r.credibility(),
                groupValue,
                groupReliability,
                groupCredibility);
    }

    private static void require(GroupRole role, GroupRole needed, String message) {
        if (!role.atLeast(needed)) throw new AccessDeniedException(message);
    }

    private static String nextId() {
        var id = new StringBuilder("r-");
        for (int i = 0; i < 10; i++) id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        return id.toString();
    }
}
