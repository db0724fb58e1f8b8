/** Backup and restore: the whole graph as one versioned JSON file, written and read as a stream. */
@NullMarked
@ApplicationModule(allowedDependencies = {"database", "maps", "evaluation", "history", "security", "shell"})
package org.disputatio.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
