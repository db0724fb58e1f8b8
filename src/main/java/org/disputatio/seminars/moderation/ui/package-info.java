/** The moderation queue of a map and a group's activity, as Vaadin views. */
@NullMarked
package org.disputatio.seminars.moderation.ui;

import org.jspecify.annotations.NullMarked;
