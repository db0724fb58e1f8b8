/** The application frame: main layout, navigation, language, and widgets every feature shares. */
@NullMarked
package org.disputatio.shell;

import org.jspecify.annotations.NullMarked;
