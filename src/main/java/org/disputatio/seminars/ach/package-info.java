/** Competing hypotheses (ACH): hypotheses and items of a map, each member's own matrix, the group's, and their scores. */
@NullMarked
package org.disputatio.seminars.ach;

import org.jspecify.annotations.NullMarked;
