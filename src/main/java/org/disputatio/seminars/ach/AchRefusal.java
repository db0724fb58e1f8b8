package org.disputatio.seminars.ach;

/** Why the matrix refused a request, one subclass per answer the API gives. */
public abstract sealed class AchRefusal extends RuntimeException {

    AchRefusal(String message) {
        super(message);
    }

    /** The map, hypothesis or item does not exist, or the user may not read the map (which must not show). */
    public static final class NotFound extends AchRefusal {
        private final String id;

        public NotFound(String what, String id) {
            super("There is no " + what + " '" + id + "'.");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** The item is already a row of the matrix. */
    public static final class Duplicate extends AchRefusal {
        private final String existingId;

        Duplicate(String message, String existingId) {
            super(message);
            this.existingId = existingId;
        }

        public String existingId() {
            return existingId;
        }
    }

    /** "My matrix" without signing in. */
    public static final class SignInRequired extends AchRefusal {
        SignInRequired() {
            super("Sign in to see your own matrix; anyone may read the group matrix (matrix=group).");
        }
    }
}
