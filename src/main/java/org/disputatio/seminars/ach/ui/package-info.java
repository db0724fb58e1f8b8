/** The competing-hypotheses view: a map's matrix as a grid, mine or the group's, with ranking and sensitivity. */
@NullMarked
package org.disputatio.seminars.ach.ui;

import org.jspecify.annotations.NullMarked;
