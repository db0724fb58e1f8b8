package org.disputatio.authoring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Users build and rebuild a map's argument: arguments (a conclusion and its linked premises; a second one for
 * the same conclusion is convergent), attacks (rebut and undermine a claim, undercut an argument), citations,
 * and a claim's pros and cons in one action. Anyone signed in adds; only an item's author, the map's owner or
 * an admin changes or deletes it. Every refusal names the field (ADR 032).
 */
@Service
public class ArgumentEditing {

    /** A pro: the new claim and the argument it is the premise of. */
    public record Pro(String id, String argumentId) {}

    /** A con: the new claim and its attack on the claim. */
    public record Con(String id, String attackId) {}

    private static final Set<String> ATTACK_KINDS = Set.of("rebut", "undermine", "undercut");
    private static final int MAX_ID = 200;
    private static final int MAX_LOCATOR = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Structure structure;
    private final MapRights rights;
    private final ClaimEditing claims;
    private final Clock clock;

    ArgumentEditing(Structure structure, MapRights rights, ClaimEditing claims, Clock clock) {
        this.structure = structure;
        this.rights = rights;
        this.claims = claims;
        this.clock = clock;
    }

    // --- arguments

    /** Adds an argument; returns its id. */
    public String addArgument(
            MapId map, @Nullable String conclusionId, @Nullable List<@Nullable String> premiseIds, String username) {
        String conclusion = required("conclusionId", conclusionId);
        List<String> premises = premises(conclusion, premiseIds);
        var editor = rights.require(map, username);
        String id = nextId();
        structure.addArgument(map, id, conclusion, premises, editor, clock.instant());
        return id;
    }

    /** Replaces an argument's conclusion and premises (adding or moving a premise is such a replacement). */
    public void editArgument(
            MapId map,
            String argumentId,
            long expectedVersion,
            @Nullable String conclusionId,
            @Nullable List<@Nullable String> premiseIds,
            String username) {
        String id = known(argumentId, "argument");
        String conclusion = required("conclusionId", conclusionId);
        List<String> premises = premises(conclusion, premiseIds);
        var editor = rights.require(map, username);
        structure.editArgument(map, id, expectedVersion, conclusion, premises, editor, clock.instant());
    }

    /**
     * Deletes an argument with the ratings of its inference and the attacks on it (undo brings them back).
     * Without {@code expectedVersion} the current version is deleted.
     */
    public void deleteArgument(MapId map, String argumentId, @Nullable Long expectedVersion, String username) {
        String id = known(argumentId, "argument");
        var editor = rights.require(map, username);
        structure.deleteArgument(map, id, expectedVersion, editor);
    }

    public Optional<ArgumentItem> argument(MapId map, String argumentId) {
        if (argumentId.isBlank() || argumentId.length() > MAX_ID) return Optional.empty();
        return structure.argument(map, argumentId.strip());
    }

    /**
     * Moves a premise from one argument to another in two edits, each checked as any edit: the premise joins
     * {@code to} first, so a refusal there leaves {@code from} as it was.
     */
    public void movePremise(MapId map, String premiseId, String fromArgument, String toArgument, String username) {
        var from = argument(map, fromArgument).orElseThrow(() -> new UnknownItemException("argument", fromArgument));
        var to = argument(map, toArgument).orElseThrow(() -> new UnknownItemException("argument", toArgument));
        if (!from.premiseIds().contains(premiseId)) {
            throw InvalidInputException.of("premiseIds", "disputatio.argument.notAPremise", premiseId, fromArgument);
        }
        var joined = new ArrayList<@Nullable String>(to.premiseIds());
        joined.add(premiseId);
        editArgument(map, to.id(), to.version(), to.conclusionId(), joined, username);
        var left = new ArrayList<@Nullable String>(from.premiseIds());
        left.remove(premiseId);
        if (left.isEmpty()) {
            deleteArgument(map, from.id(), from.version(), username);
        } else {
            editArgument(map, from.id(), from.version(), from.conclusionId(), left, username);
        }
    }

    // --- attacks

    /** Adds an attack of a claim on a claim (rebut, undermine) or an argument (undercut); returns its id. */
    public String addAttack(
            MapId map, @Nullable String fromId, @Nullable String targetId, @Nullable String kind, String username) {
        String from = required("fromId", fromId);
        String target = required("targetId", targetId);
        String attackKind = required("kind", kind).toLowerCase(Locale.ROOT);
        if (!ATTACK_KINDS.contains(attackKind)) {
            throw InvalidInputException.of("kind", "disputatio.attack.kind");
        }
        if (from.equals(target)) {
            throw InvalidInputException.of("targetId", "disputatio.attack.self", from);
        }
        var editor = rights.require(map, username);
        String id = nextId();
        structure.addAttack(map, id, from, target, attackKind, editor, clock.instant());
        return id;
    }

    public void deleteAttack(MapId map, String attackId, String username) {
        String id = known(attackId, "attack");
        var editor = rights.require(map, username);
        structure.deleteAttack(map, id, editor);
    }

    public Optional<AttackItem> attack(MapId map, String attackId) {
        if (attackId.isBlank() || attackId.length() > MAX_ID) return Optional.empty();
        return structure.attack(map, attackId.strip());
    }

    // --- citations

    /** Cites a source of the map on a claim, with an optional locator (page, folio…); returns the citation's id. */
    public String cite(
            MapId map, String claimId, @Nullable String sourceId, @Nullable String locator, String username) {
        String claim = known(claimId, "claim");
        String source = required("sourceId", sourceId);
        String where = locator == null || locator.isBlank() ? null : locator.strip();
        if (where != null && where.length() > MAX_LOCATOR) {
            throw InvalidInputException.of("locator", "disputatio.citation.locatorTooLong", MAX_LOCATOR);
        }
        var editor = rights.require(map, username);
        String id = nextId();
        structure.cite(map, claim, id, source, where, editor, clock.instant());
        return id;
    }

    public void uncite(MapId map, String claimId, String citationId, String username) {
        String claim = known(claimId, "claim");
        String id = known(citationId, "citation");
        var editor = rights.require(map, username);
        structure.uncite(map, claim, id, editor);
    }

    public List<CitationItem> citations(MapId map, String claimId) {
        if (claimId.isBlank() || claimId.length() > MAX_ID) return List.of();
        return structure.citations(map, claimId.strip());
    }

    // --- pros and cons

    /**
     * A pro in one action: a new claim (the user's, as any claim they add) and an argument from it for the
     * claim, in one transaction with one {@code ProAdded} entry in the log; one undo removes both.
     */
    public Pro addPro(MapId map, String claimId, @Nullable ClaimDraft draft, String username) {
        String conclusion = known(claimId, "claim");
        var editor = rights.require(map, username);
        var premise = claims.prepare(requiredDraft(draft), username);
        String argument = nextId();
        structure.addPro(
                map,
                argument,
                conclusion,
                premise.id(),
                "Pro for " + conclusion + " (" + premise.kind() + "), argument " + argument + ": "
                        + abbreviated(premise.text()),
                tx -> claims.writeIn(tx, map, premise),
                editor,
                clock.instant());
        return new Pro(premise.id(), argument);
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    /** A con in one action: a new claim rebutting (or, if asked, undermining) the claim: a counter-argument. */
    public Con addCon(
            MapId map, String claimId, @Nullable ClaimDraft draft, @Nullable String attackKind, String username) {
        String target = known(claimId, "claim");
        String kind = attackKind == null || attackKind.isBlank()
                ? "rebut"
                : attackKind.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("rebut") && !kind.equals("undermine")) {
            throw InvalidInputException.of("attackKind", "disputatio.con.kind");
        }
        rights.require(map, username);
        if (!structure.hasClaim(map, target)) throw new UnknownItemException("claim", target);
        String con = claims.addCounterArgument(map, target, kind, requiredDraft(draft), username);
        String attack = structure
                .attackFrom(map, con, target)
                .orElseThrow(() -> new IllegalStateException("The con " + con + " was saved without its attack."));
        return new Con(con, attack);
    }

    // --- checks

    /** The premises, stripped, each a claim id, none twice and none the conclusion itself. */
    private static List<String> premises(String conclusion, @Nullable List<@Nullable String> premiseIds) {
        if (premiseIds == null || premiseIds.isEmpty()) {
            throw InvalidInputException.of("premiseIds", "disputatio.argument.premisesRequired");
        }
        var premises = new ArrayList<String>();
        var seen = new HashSet<String>();
        for (String given : premiseIds) {
            String premise = required("premiseIds", given);
            if (premise.equals(conclusion)) {
                throw InvalidInputException.of("premiseIds", "disputatio.argument.selfSupport", premise);
            }
            if (!seen.add(premise)) {
                throw InvalidInputException.of("premiseIds", "disputatio.argument.duplicatePremise", premise);
            }
            premises.add(premise);
        }
        return List.copyOf(premises);
    }

    private static ClaimDraft requiredDraft(@Nullable ClaimDraft draft) {
        if (draft == null) throw InvalidInputException.of("claim", "disputatio.required");
        return draft;
    }

    /** A required id from the body: blank is missing; one longer than any id names no claim. */
    private static String required(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "disputatio.required");
        }
        if (value.length() > MAX_ID) {
            throw InvalidInputException.of(field, "disputatio.argument.unknownClaim", value.substring(0, 40) + "…");
        }
        return value.strip();
    }

    /** An id from the path: one that cannot exist is unknown (404) before the database is asked. */
    private static String known(@Nullable String id, String kind) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new UnknownItemException(kind, id == null ? "" : id);
        }
        return id.strip();
    }

    /** "u-" and ten random characters, as the ids of users' claims (evidence.Ids). */
    private static String nextId() {
        var id = new StringBuilder("u-");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
