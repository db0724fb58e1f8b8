/** The Rounds page of a map: the instructor opens and closes rounds, members rate blind, everyone sees the results. */
@NullMarked
package org.disputatio.seminars.rounds.ui;

import org.jspecify.annotations.NullMarked;
