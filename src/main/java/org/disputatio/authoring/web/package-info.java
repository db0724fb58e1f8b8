/** The REST API of authoring: making maps from texts and building their arguments. */
@NullMarked
package org.disputatio.authoring.web;

import org.jspecify.annotations.NullMarked;
