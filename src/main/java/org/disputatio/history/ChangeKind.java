package org.disputatio.history;

/** What a change did, named as the past-tense event; ratings and grades are personal (one per user and item). */
public enum ChangeKind {
    EvidenceAttached(false, true),
    EvidenceEdited(false, false),
    EvidenceRemoved(false, false),
    EvidenceRated(true, false),
    InferenceRated(true, false),
    SourceGraded(true, false),
    SourceCreated(false, true),
    SourceContested(false, true),
    ContestationWithdrawn(false, false),
    ClaimAdded(false, true),
    CounterArgumentAdded(false, true),
    ProofStandardChanged(false, false),
    // owners12 (issue 12 point 3): a map's own metadata, logged on the map itself (item id = the map's id).
    MapRenamed(false, false),
    MapDeleted(false, false),
    ChangeUndone(false, false);

    private final boolean personal;
    private final boolean creation;

    ChangeKind(boolean personal, boolean creation) {
        this.personal = personal;
        this.creation = creation;
    }

    /** A user's own rating or grade: other users' ratings of the same item do not conflict with it. */
    public boolean personal() {
        return personal;
    }

    /** The change created its item, so undoing it removes the item and whatever later hangs on it. */
    public boolean creation() {
        return creation;
    }
}
