/** Maps (one analysed document and its argument graph): listing them and reading their graph. */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shell"})
package org.disputatio.maps;

import org.jspecify.annotations.NullMarked;
