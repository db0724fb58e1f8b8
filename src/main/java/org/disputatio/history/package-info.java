/** The change log of every map: who changed what and when, in one gap-free sequence per map, and undo. */
@NullMarked
@ApplicationModule(allowedDependencies = {"maps", "security", "shell"})
package org.disputatio.history;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
