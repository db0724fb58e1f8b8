/** The application frame: main layout, navigation, language, and widgets every feature shares. */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.disputatio.shell;

import org.jspecify.annotations.NullMarked;
