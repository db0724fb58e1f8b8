/** Accounts and personal API tokens stored in Neo4j, password hashing, throttled sign-in, and who may write. */
@NullMarked
package org.disputatio.security;

import org.jspecify.annotations.NullMarked;
