/** Interchange: maps read from and written to other tools' formats (AIF, Argdown), with a report of what was kept. */
@NullMarked
@ApplicationModule(allowedDependencies = {"maps", "history", "security", "shell", "authoring", "sources"})
package org.disputatio.interchange;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
