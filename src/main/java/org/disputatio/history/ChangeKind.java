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
    // Claim revision (issue 12, claims12; authoring.ClaimReversals undoes them).
    ClaimEdited(false, false),
    ClaimDeleted(false, false),
    ClaimsMerged(false, false),
    ClaimSplit(false, false),
    PersonAdded(false, true),
    // args12 (authoring, ADR 032): arguments, attacks and citations users build, edit and delete.
    ArgumentAdded(false, true),
    ArgumentEdited(false, false),
    ArgumentDeleted(false, false),
    AttackAdded(false, true),
    AttackDeleted(false, false),
    CitationAdded(false, true),
    CitationDeleted(false, false),
    // import12 (issue 12, ADR 033): a map made from a user's text; undone by authoring.MapCreations.
    MapCreated(false, true),
    // owners12 (issue 12 point 3): a map's own metadata, logged on the map itself (item id = the map's id).
    MapRenamed(false, false),
    MapDeleted(false, false),
    // fix12 (issue 12): a copy's first entry (on the copy; onId = the source map), and a pro in one transaction
    // (the new claim and its argument; undone together by authoring.ProReversals).
    MapCopied(false, true),
    ProAdded(false, true),
    ChangeUndone(false, false),
    // mod13 (issue 13 point 3, ADR 038): moderation marks and decisions; seminars.moderation undoes them.
    ReviewRequested(false, true),
    ReviewResolved(false, false),
    ItemHidden(false, false),
    ItemRestored(false, false),
    // ach13 (issue 13 point 5, ADR 040): competing-hypotheses matrices; seminars.ach.AchReversals undoes them.
    // A cell rating is personal (each member's own matrix); its item id is "hypothesisId/itemId".
    HypothesisAdded(false, true),
    HypothesisRemoved(false, false),
    AchItemAdded(false, true),
    AchCellRated(true, false),
    // rounds13 (issue 13 point 4, ADR 039): blind rating rounds; their ratings are personal and never evaluated.
    RoundOpened(false, true),
    RoundRated(true, false),
    RoundClosed(false, false),
    // gaps13 (issue 13 point 5, ADR 040): an instructor removes a matrix row (flagged, its ratings kept) or changes
    // its weights; seminars.ach.AchReversals undoes both.
    AchItemRemoved(false, false),
    AchItemReweighted(false, false),
    // aif14 (issue 14, ADR 041): a map made whole from another tool's file (AIF, Argdown…); undone by
    // interchange.ImportedMaps, which deletes the map while nothing else happened in it.
    MapImported(false, true);

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
