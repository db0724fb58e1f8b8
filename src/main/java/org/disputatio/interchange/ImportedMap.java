package org.disputatio.interchange;

import org.disputatio.maps.MapContent;

/** A file read by a {@link MapFormat}: the map's content and what the reading kept and left out. */
public record ImportedMap(MapContent content, ImportReport report) {}
