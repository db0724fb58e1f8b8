/** Blind rating rounds: members rate chosen items without seeing each other, and closing reveals Krippendorff's alpha. */
@NullMarked
package org.disputatio.seminars.rounds;

import org.jspecify.annotations.NullMarked;
