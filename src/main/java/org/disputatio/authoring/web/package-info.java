/** The authoring module over HTTP: maps made from texts and owned by users (rename, delete, restore, copy); arguments, attacks, citations, pros and cons; claim revision (edit, delete, merge, split) and the map's people. */
@NullMarked
package org.disputatio.authoring.web;

import org.jspecify.annotations.NullMarked;
