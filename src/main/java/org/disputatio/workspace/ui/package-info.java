/** The views of the map workspace: reader, graph, outline, claim panel, sources and contested conclusions. */
@NullMarked
package org.disputatio.workspace.ui;

import org.jspecify.annotations.NullMarked;
