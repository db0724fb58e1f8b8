/** The REST API of the evaluation: strengths, labels, source dependency, what-if and explanations. */
@NullMarked
package org.disputatio.evaluation.web;

import org.jspecify.annotations.NullMarked;
