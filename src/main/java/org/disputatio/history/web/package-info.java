/** The REST API of the change log: reading a map's changes and undoing one. */
@NullMarked
package org.disputatio.history.web;

import org.jspecify.annotations.NullMarked;
