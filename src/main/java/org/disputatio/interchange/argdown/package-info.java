/** Argdown, the Markdown-like text syntax for argument maps: Disputatio's hand-written reader and writer of it (ADR 042). */
@NullMarked
package org.disputatio.interchange.argdown;

import org.jspecify.annotations.NullMarked;
