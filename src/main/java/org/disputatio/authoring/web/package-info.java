/** The authoring REST API: arguments, attacks, citations, pros and cons of a map, as JSON. */
@NullMarked
package org.disputatio.authoring.web;

import org.jspecify.annotations.NullMarked;
