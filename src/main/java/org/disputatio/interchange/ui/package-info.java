/** Interchange's part of the new-map page: importing another tool's file, with what the import kept and left out. */
@NullMarked
package org.disputatio.interchange.ui;

import org.jspecify.annotations.NullMarked;
