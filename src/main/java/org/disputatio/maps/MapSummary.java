package org.disputatio.maps;

/** One line of the list of maps. */
public record MapSummary(MapId id, String title, String language, long claimCount) {}
