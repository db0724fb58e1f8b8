/** The map workspace: reading, graph, outline, sources and contested conclusions of one map, kept live. */
@NullMarked
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"evaluation", "evidence", "maps", "history", "shell", "authoring"})
package org.disputatio.workspace;

import org.jspecify.annotations.NullMarked;
