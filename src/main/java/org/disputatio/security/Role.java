package org.disputatio.security;

/** What an account may do. Every signed-in user may write; admins also manage accounts. */
public enum Role {
    USER,
    ADMIN
}
