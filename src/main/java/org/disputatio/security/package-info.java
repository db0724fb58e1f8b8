/** Accounts and personal API tokens stored in Neo4j, password hashing, throttled sign-in, and who may write. */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"database", "shell"})
package org.disputatio.security;

import org.jspecify.annotations.NullMarked;
