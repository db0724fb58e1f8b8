package org.disputatio.evidence;

/** The signed-in user making a change, and whether they are an admin. */
record Writer(String username, boolean admin) {

    /** Authors change their own items; admins change anyone's. */
    boolean mayChange(String author) {
        return admin || username.equals(author);
    }
}
