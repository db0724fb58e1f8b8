package org.disputatio.seminars.rounds;

/** A rating or a close of a round that is closed already: the round's ratings are final once revealed. */
public class RoundClosedException extends IllegalStateException {

    public RoundClosedException(String roundId) {
        super("The round '" + roundId + "' is closed: its ratings are final.");
    }
}
