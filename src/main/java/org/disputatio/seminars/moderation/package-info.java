/** Moderation of a map's claims, evidence and contestations (marks for review, hide, restore, remove) and group activity. */
@NullMarked
package org.disputatio.seminars.moderation;

import org.jspecify.annotations.NullMarked;
