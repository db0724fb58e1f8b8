/** The import and export endpoints of other tools' map files ({@code /api/maps/import}, {@code /api/maps/{id}/export}). */
@NullMarked
package org.disputatio.interchange.web;

import org.jspecify.annotations.NullMarked;
