/** What users add to a map: evidence for or against claims, their ratings and grades, contestations, claims and counter-arguments. */
@NullMarked
package org.disputatio.evidence;

import org.jspecify.annotations.NullMarked;
