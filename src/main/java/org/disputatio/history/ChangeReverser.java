package org.disputatio.history;

import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Undoes changes of the kinds a module writes; implemented by the module that owns the labels involved,
 * because only it may write them. Both methods run inside the undo's transaction.
 */
public interface ChangeReverser {

    Set<ChangeKind> kinds();

    /**
     * Takes the write locks of the items the change touched, first, so that the check for later changes
     * that follows sees every change of them that has committed (their writers held the same locks).
     */
    void lock(TransactionContext tx, Change change);

    /**
     * Restores the state before the change and returns a short summary of what it did.
     *
     * @throws UndoConflictException if the item cannot be restored (something now depends on it, or
     *     what it referred to is gone)
     */
    String revert(TransactionContext tx, Change change, String user);
}
