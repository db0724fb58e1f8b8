package org.disputatio.authoring;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Revising claims: edit a claim's text, kind, proponent or anchor, delete it with what hangs on it, merge a
 * duplicate into another, split one in two, and add a person to choose as proponent. Whoever created a claim
 * may revise it; claims that came with the text, or that others created, only the map's owner or an admin.
 * Every change goes through the change log and can be undone (ADR 035).
 */
@Service
public class ClaimRevision {

    private static final int MAX_TEXT = 2000;
    private static final int MAX_ID = 200;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final ClaimRevisions revisions;
    private final MapRights rights;
    private final Clock clock;

    ClaimRevision(ClaimRevisions revisions, MapRights rights, Clock clock) {
        this.revisions = revisions;
        this.rights = rights;
        this.clock = clock;
    }

    public Optional<RevisedClaim> find(MapId map, String claimId) {
        return revisions.find(map, known(claimId));
    }

    /** The map's people, in the map's order: the proponents to choose from. */
    public List<MapPerson> people(MapId map) {
        return revisions.people(map);
    }

    /** The person whose name is an author of the map's text, if the map has one: the default proponent. */
    public Optional<String> author(MapId map) {
        return revisions.author(map);
    }

    /**
     * Edits the claim as it was at {@code expectedVersion}; returns it as edited.
     *
     * @throws org.disputatio.evidence.ConcurrentEditException if it changed since
     */
    public RevisedClaim edit(MapId map, String claimId, long expectedVersion, ClaimChange change, String username) {
        String text = change.text() == null ? null : text(change.text(), "text");
        String kind = change.kind() == null ? null : kind(change.kind(), "kind");
        String proponentId = change.proponentId() == null ? null : proponent(change.proponentId());
        if (change.anchor() != null) {
            exact(change.anchor(), "anchor");
        }
        if (text == null && kind == null && proponentId == null && change.anchor() == null) {
            throw InvalidInputException.of("text", "disputatio.claim.nothing");
        }
        var editor = rights.require(map, username);
        return revisions.edit(
                map,
                known(claimId),
                expectedVersion,
                new ClaimRevisions.Edit(text, kind, proponentId, change.anchor()),
                editor);
    }

    /** Deletes the claim with its anchors, evidence, citations, attacks and the arguments that need it. */
    public void delete(MapId map, String claimId, @Nullable Long expectedVersion, String username) {
        var editor = rights.require(map, username);
        revisions.delete(map, known(claimId), expectedVersion, editor);
    }

    /**
     * Deletes anyone's claim as a moderator (issue 13, ADR 038), who acts as the map's owner for it: the seminars
     * module checked that the user moderates the map. Undone through the change log like any deletion.
     */
    public void deleteAsModerator(MapId map, String claimId, String moderator) {
        var editor = rights.require(map, moderator);
        revisions.delete(map, known(claimId), null, new Editor(editor.username(), editor.admin(), true));
    }

    /** Merges the duplicate {@code claimId} into {@code intoId}, which keeps everything of both; returns intoId. */
    public String merge(
            MapId map, String claimId, @Nullable String intoId, @Nullable Long expectedVersion, String username) {
        if (intoId == null || intoId.isBlank()) {
            throw InvalidInputException.of("intoId", "disputatio.required");
        }
        String duplicate = known(claimId);
        String survivor = intoId.strip();
        if (survivor.equals(duplicate)) {
            throw InvalidInputException.of("intoId", "disputatio.claim.mergeSelf");
        }
        var editor = rights.require(map, username);
        revisions.merge(map, duplicate, known(survivor), expectedVersion, editor);
        return survivor;
    }

    /**
     * Splits the claim in two: the first part keeps its id, its relationships except those named in
     * {@code moveToSecond} (citations, evidence, premises, conclusions, attacks, attacked); returns both ids.
     */
    public List<String> split(
            MapId map,
            String claimId,
            @Nullable SplitPart first,
            @Nullable SplitPart second,
            @Nullable List<String> moveToSecond,
            @Nullable Long expectedVersion,
            String username) {
        var one = part(first, "first");
        var two = part(second, "second");
        var move = new ArrayList<String>();
        for (String name : moveToSecond == null ? List.<String>of() : moveToSecond) {
            String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!ClaimRevisions.MOVABLE.containsKey(key)) {
                throw new InvalidInputException(
                        "moveToSecond",
                        "One or more of "
                                + String.join(
                                        ", ",
                                        ClaimRevisions.MOVABLE.keySet().stream()
                                                .sorted()
                                                .toList()) + ".");
            }
            if (!move.contains(key)) {
                move.add(key);
            }
        }
        var editor = rights.require(map, username);
        String id = known(claimId);
        var original = revisions.find(map, id).orElseThrow(() -> new UnknownItemException("claim", id));
        var split = new ClaimRevisions.Split(
                one.text(),
                one.kind() == null ? original.kind() : one.kind(),
                one.anchor(),
                two.text(),
                two.kind() == null ? original.kind() : two.kind(),
                two.anchor(),
                move);
        return revisions.split(map, id, nextId(), split, expectedVersion, editor, clock.instant());
    }

    /** Adds a person to the map (any signed-in user), to be chosen as a claim's proponent; returns their id. */
    public String addPerson(MapId map, @Nullable String name, String username) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_ID) {
            throw InvalidInputException.of("name", "disputatio.person.name");
        }
        var editor = rights.require(map, username);
        String id = nextId();
        revisions.addPerson(map, id, name.strip(), editor.username(), clock.instant());
        return id;
    }

    private record Part(
            String text, @Nullable String kind, @Nullable AnchorRequest anchor) {}

    private static Part part(@Nullable SplitPart part, String field) {
        if (part == null) {
            throw InvalidInputException.of(field, "disputatio.required");
        }
        if (part.anchor() != null) {
            exact(part.anchor(), field + ".anchor");
        }
        return new Part(
                text(part.text(), field + ".text"),
                part.kind() == null ? null : kind(part.kind(), field + ".kind"),
                part.anchor());
    }

    private static String text(@Nullable String text, String field) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_TEXT) {
            throw InvalidInputException.of(field, "disputatio.claim.text");
        }
        return text.strip();
    }

    private static String kind(String kind, String field) {
        return ClaimKind.fromSpelling(kind.strip().toLowerCase(Locale.ROOT))
                .map(ClaimKind::spelling)
                .orElseThrow(() -> InvalidInputException.of(field, "disputatio.claim.kind"));
    }

    /** "" (the editor) or a person's id, checked against the map in the write. */
    private static String proponent(String proponentId) {
        String id = proponentId.strip();
        if (id.length() > MAX_ID) {
            throw InvalidInputException.of("proponentId", "disputatio.claim.proponent", id.substring(0, 40) + "…");
        }
        return id;
    }

    private static void exact(AnchorRequest anchor, String field) {
        if (anchor.exact() == null || anchor.exact().isEmpty() || anchor.exact().length() > 20_000) {
            throw InvalidInputException.of(field, "disputatio.anchor.mismatch");
        }
    }

    /** An id from a path; one that cannot be stored names nothing (404). */
    private static String known(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new UnknownItemException("claim", id == null ? "" : id);
        }
        return id.strip();
    }

    /** Like the ids of other user-made items: "u-" and ten random characters. */
    private static String nextId() {
        var id = new StringBuilder("u-");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
