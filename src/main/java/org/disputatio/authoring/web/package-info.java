/** The authoring module over HTTP: maps made from texts; arguments, attacks, citations, pros and cons; claim revision (edit, delete, merge, split) and the map's people. */
@NullMarked
package org.disputatio.authoring.web;

import org.jspecify.annotations.NullMarked;
