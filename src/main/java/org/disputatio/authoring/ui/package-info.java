/** Authoring's views: making a map from a text. */
@NullMarked
package org.disputatio.authoring.ui;

import org.jspecify.annotations.NullMarked;
