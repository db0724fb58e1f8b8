package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.TransactionContext;

/**
 * The start-up check of the reversers: each kind of change is undone by exactly one of them. The real set is
 * checked by every start of the app (any *IT): {@link UndoService}'s constructor refuses to start otherwise.
 */
class UndoServiceTest {

    /** A reverser of the given kinds that is never asked to undo anything here. */
    static class Claiming implements ChangeReverser {
        private final Set<ChangeKind> kinds;

        Claiming(Set<ChangeKind> kinds) {
            this.kinds = kinds;
        }

        @Override
        public Set<ChangeKind> kinds() {
            return kinds;
        }

        @Override
        public void lock(TransactionContext tx, Change change) {
            throw new AssertionError("not called by the check");
        }

        @Override
        public String revert(TransactionContext tx, Change change, String user) {
            throw new AssertionError("not called by the check");
        }
    }

    /** Another module's reverser. */
    static final class Another extends Claiming {
        Another(Set<ChangeKind> kinds) {
            super(kinds);
        }
    }

    static Set<ChangeKind> allUndoable() {
        return EnumSet.complementOf(EnumSet.of(ChangeKind.ChangeUndone));
    }

    @Test
    void everyKindButTheUndoClaimedOnce_isUndoneByItsReverser() {
        var evidence = new Claiming(EnumSet.of(ChangeKind.EvidenceRated, ChangeKind.SourceGraded));
        var rest = EnumSet.copyOf(allUndoable());
        rest.removeAll(evidence.kinds());
        var others = new Another(rest);

        var byKind = UndoService.byKind(List.of(evidence, others));

        assertThat(byKind).hasSize(ChangeKind.values().length - 1).doesNotContainKey(ChangeKind.ChangeUndone);
        assertThat(byKind.get(ChangeKind.EvidenceRated)).isSameAs(evidence);
        assertThat(byKind.get(ChangeKind.SourceGraded)).isSameAs(evidence);
        assertThat(byKind.get(ChangeKind.MapDeleted)).isSameAs(others);
    }

    @Test
    void aKindClaimedByTwoReversers_refusesToStart_namingTheKindAndBoth() {
        var first = new Claiming(allUndoable());
        var second = new Another(EnumSet.of(ChangeKind.ClaimEdited));

        assertThatThrownBy(() -> UndoService.byKind(List.of(first, second)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Every kind of change needs exactly one ChangeReverser: ClaimEdited is claimed by both "
                        + Claiming.class.getName() + " and " + Another.class.getName() + ".");
    }

    @Test
    void kindsNobodyUndoes_refuseToStart_namingThem() {
        var kinds = EnumSet.copyOf(allUndoable());
        kinds.removeAll(EnumSet.of(ChangeKind.AttackAdded, ChangeKind.MapRenamed));

        assertThatThrownBy(() -> UndoService.byKind(List.of(new Claiming(kinds))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Every kind of change needs exactly one ChangeReverser: nothing undoes [AttackAdded,"
                        + " MapRenamed]: the module that writes a kind implements a ChangeReverser for it.");
    }

    @Test
    void aReverserOfTheUndoItself_refusesToStart() {
        assertThatThrownBy(() -> UndoService.byKind(List.of(new Claiming(EnumSet.allOf(ChangeKind.class)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Every kind of change needs exactly one ChangeReverser: ChangeUndone is claimed by "
                        + Claiming.class.getName() + ", but an undo is never undone (no redo).");
    }
}
