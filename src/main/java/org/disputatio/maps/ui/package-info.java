/** The views of maps: the list of maps and the argument graph. */
@NullMarked
package org.disputatio.maps.ui;

import org.jspecify.annotations.NullMarked;
