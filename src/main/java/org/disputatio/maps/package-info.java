/** Maps (one analysed document and its argument graph): listing them and reading their graph. */
@NullMarked
package org.disputatio.maps;

import org.jspecify.annotations.NullMarked;
