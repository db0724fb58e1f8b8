/** The sign-in page and account screens. */
@NullMarked
package org.disputatio.security.ui;

import org.jspecify.annotations.NullMarked;
