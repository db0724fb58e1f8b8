/** Runners that start the whole app (or two of it) and measure it from outside, as users and scripts see it. */
@NullMarked
package org.disputatio.bench;

import org.jspecify.annotations.NullMarked;
