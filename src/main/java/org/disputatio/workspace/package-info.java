/** The map workspace: reading, graph, outline, sources and contested conclusions of one map, kept live. */
@NullMarked
package org.disputatio.workspace;

import org.jspecify.annotations.NullMarked;
