package org.disputatio.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

/**
 * Undoes one change: its author or an admin, only while nothing later changed the same item, never twice,
 * and not an undo (no redo). The undo is one transaction that restores the state before and appends a
 * {@link ChangeKind#ChangeUndone} entry naming the undone seq.
 */
@Service
public class UndoService {

    private static final Logger log = LoggerFactory.getLogger(UndoService.class);

    private final ChangeLog changeLog;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Map<ChangeKind, ChangeReverser> reversers;

    UndoService(
            ChangeLog changeLog,
            AccountService accounts,
            ApplicationEventPublisher events,
            List<ChangeReverser> reversers) {
        this.changeLog = changeLog;
        this.accounts = accounts;
        this.events = events;
        this.reversers = byKind(reversers);
    }

    /**
     * Which reverser undoes each kind, checked at start-up: every kind but {@link ChangeKind#ChangeUndone}
     * needs exactly one, because a second one would silently win over the first (the modules add kinds in
     * parallel, and {@code EnumSet.range} grows with any kind inserted in its range), and a change without one
     * would only fail when a user clicks Undo.
     *
     * @throws IllegalStateException naming every kind claimed twice (and by whom) or by nobody
     */
    static Map<ChangeKind, ChangeReverser> byKind(List<ChangeReverser> reversers) {
        var byKind = new EnumMap<ChangeKind, ChangeReverser>(ChangeKind.class);
        var problems = new ArrayList<String>();
        for (var reverser : reversers) {
            for (ChangeKind kind : reverser.kinds()) {
                ChangeReverser before = byKind.putIfAbsent(kind, reverser);
                if (before != null) {
                    problems.add(kind + " is claimed by both " + name(before) + " and " + name(reverser));
                }
            }
        }
        if (byKind.containsKey(ChangeKind.ChangeUndone)) {
            problems.add(ChangeKind.ChangeUndone + " is claimed by " + name(byKind.get(ChangeKind.ChangeUndone))
                    + ", but an undo is never undone (no redo)");
        }
        var unclaimed = EnumSet.complementOf(EnumSet.of(ChangeKind.ChangeUndone));
        unclaimed.removeAll(byKind.keySet());
        if (!unclaimed.isEmpty()) {
            problems.add("nothing undoes " + unclaimed + ": the module that writes a kind implements a"
                    + " ChangeReverser for it");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Every kind of change needs exactly one ChangeReverser: " + String.join("; ", problems) + ".");
        }
        return Map.copyOf(byKind);
    }

    private static String name(ChangeReverser reverser) {
        // The class a module wrote, not a proxy Spring may have made of it.
        return ClassUtils.getUserClass(reverser).getName();
    }

    /** Whether this user may try to undo the change: its author or an admin, and not an undo itself. */
    public boolean mayUndo(Change change, @Nullable String username) {
        if (change.kind() == ChangeKind.ChangeUndone || username == null || username.isBlank()) {
            return false;
        }
        return username.equals(change.user()) || isAdmin(username);
    }

    /**
     * Undoes change {@code seq} of the map and returns the undo's own entry.
     *
     * @throws UnknownChangeException for an unknown map or seq
     * @throws AccessDeniedException for anyone but the author or an admin
     * @throws UndoConflictException when the item changed since, the change was already undone, or it is an undo
     */
    public Change undo(MapId map, long seq, String username) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to undo a change.");
        }
        Change change = changeLog
                .find(map, seq)
                .orElseThrow(() ->
                        new UnknownChangeException("There is no change " + seq + " in the map '" + map.value() + "'."));
        if (!username.equals(change.user()) && !isAdmin(username)) {
            throw new AccessDeniedException(
                    "Only " + change.user() + ", who made change " + seq + ", or an admin may undo it.");
        }
        if (change.kind() == ChangeKind.ChangeUndone) {
            throw new UndoConflictException("Change " + seq + " is itself an undo; undoing an undo (redo) is not"
                    + " supported. Make the change again instead.");
        }
        ChangeReverser reverser = reversers.get(change.kind());
        if (reverser == null) {
            throw new IllegalStateException("No module undoes changes of kind " + change.kind() + ".");
        }
        String undoId = changeLog.write((tx, entries) -> {
            reverser.lock(tx, change);
            Optional<Change> undone = Changes.undoneBy(tx, map, seq);
            if (undone.isPresent()) {
                throw new UndoConflictException("Change " + seq + " was already undone by " + name(undone.get()) + " ("
                        + undone.get().user() + ").");
            }
            Optional<Change> later = conflict(change, Changes.later(tx, map, change.itemId(), seq));
            if (later.isPresent()) {
                Change l = later.get();
                throw new UndoConflictException("The item changed since: " + name(l) + " (" + l.kind() + " by "
                        + l.user() + ") came later. Undo that one first.");
            }
            String summary = reverser.revert(tx, change, username);
            return entries.appendUndo(
                    new ChangeEntry(
                            map,
                            ChangeKind.ChangeUndone,
                            username,
                            change.itemId(),
                            change.onId(),
                            "Undid change " + seq + " (" + change.kind() + "): " + summary,
                            "{\"undoes\":" + seq + "}"),
                    change);
        });
        long undoSeq = changeLog
                .seqOf(undoId)
                .orElseThrow(() -> new IllegalStateException("The undo of change " + seq
                        + " is saved but not numbered yet; it will appear in the history shortly."));
        Change entry = changeLog.find(map, undoSeq).orElseThrow();
        try {
            events.publishEvent(new ChangeUndone(map, undoSeq, seq, username));
        } catch (RuntimeException e) {
            log.error("A listener failed on the undo of {} in {}; the undo itself is saved.", seq, map, e);
        }
        return entry;
    }

    /**
     * The first later change of the same item that stands in the way. Changes that were undone cancel
     * out with their undo. Another user's own rating or grade does not stand in the way, except of
     * the undo of the item's creation (which would delete it); the same user's does.
     */
    static Optional<Change> conflict(Change change, List<Change> later) {
        // An undo cancels out with the change it undid; entries not numbered yet (seq 0) were never undone.
        var undone = new HashSet<Long>();
        for (Change c : later) {
            if (c.kind() == ChangeKind.ChangeUndone && c.undoes() != null) {
                undone.add(c.undoes());
            }
        }
        var standing = new ArrayList<Change>();
        for (Change c : later) {
            boolean isUndo = c.kind() == ChangeKind.ChangeUndone && c.undoes() != null;
            if (!isUndo && (c.seq() == 0 || !undone.contains(c.seq()))) {
                standing.add(c);
            }
        }
        return standing.stream()
                .filter(c -> !c.personal()
                        || change.kind().creation()
                        || (change.personal() && c.user().equals(change.user())))
                .findFirst();
    }

    /** How a refusal names an entry: by its seq, or as not numbered yet (its writer has just committed). */
    private static String name(Change c) {
        return c.seq() == 0 ? "a change still being numbered" : "change " + c.seq();
    }

    private boolean isAdmin(String username) {
        try {
            return accounts.loadUserByUsername(username).getAuthorities().stream()
                    .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }
}
