/** Disputatio's root: the application class and nothing else; features live in sub-packages. */
@NullMarked
package org.disputatio;

import org.jspecify.annotations.NullMarked;
