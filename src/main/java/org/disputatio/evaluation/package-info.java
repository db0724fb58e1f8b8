/** The pure evaluation engine: a map snapshot goes in, strengths, labels, source dependencies and explanations come out. */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"maps", "history"})
package org.disputatio.evaluation;

import org.jspecify.annotations.NullMarked;
