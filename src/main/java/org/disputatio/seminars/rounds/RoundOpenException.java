package org.disputatio.seminars.rounds;

/** A request for what only a closed round shows (everyone's ratings as CSV) while the round is still open. */
public class RoundOpenException extends IllegalStateException {

    public RoundOpenException(String roundId) {
        super("The round '" + roundId + "' is open: its ratings are revealed once an instructor closes it.");
    }
}
