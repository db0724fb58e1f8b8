/** The competing-hypotheses API: hypotheses, matrix items, one's own ratings, and the scored matrices. */
@NullMarked
package org.disputatio.seminars.ach.web;

import org.jspecify.annotations.NullMarked;
