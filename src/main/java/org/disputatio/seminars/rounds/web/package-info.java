/** The rounds' REST API: opening, rating, closing, results as JSON and CSV. */
@NullMarked
package org.disputatio.seminars.rounds.web;

import org.jspecify.annotations.NullMarked;
