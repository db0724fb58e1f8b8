package org.disputatio.history;

import java.util.List;

/** A page of a map's changes in seq order, and the highest seq of the map when it was read. */
public record ChangePage(List<Change> changes, long last) {}
