package org.disputatio.seminars.rounds;

import java.util.EnumSet;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Rounds are not undone through the history: a member changes a rating by rating again while the round is open,
 * and a closed round's results must stay what its members saw revealed (ADR 039). The refusal is a 409 with the
 * reason, not the 500 a kind without a reverser would give.
 */
@Component
class RoundReversals implements ChangeReverser {

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(ChangeKind.RoundOpened, ChangeKind.RoundRated, ChangeKind.RoundClosed);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        // Nothing is restored, so nothing needs locking.
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        throw new UndoConflictException("Rounds are not undone: rate again while the round is open; a closed"
                + " round's results stay as they were revealed.");
    }
}
