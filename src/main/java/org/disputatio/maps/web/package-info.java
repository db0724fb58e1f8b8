/** The REST API of maps: listing them and reading one whole. */
@NullMarked
package org.disputatio.maps.web;

import org.jspecify.annotations.NullMarked;
