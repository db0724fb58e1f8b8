/** Authoring: maps made from any text, their arguments built and rebuilt by users, and who may change what. */
@NullMarked
@ApplicationModule(allowedDependencies = {"maps", "history", "security", "evidence", "shell", "sources", "importing"})
package org.disputatio.authoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
