/** What users add to a map: evidence for or against claims, their ratings and grades, contestations, claims and counter-arguments. */
@NullMarked
@ApplicationModule(allowedDependencies = {"maps", "security", "history", "shell"})
package org.disputatio.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
