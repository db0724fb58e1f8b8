package org.disputatio.maps;

/**
 * Marks a view whose URL is its route followed by a map's id ({@code workspace/{id}}, {@code map/{id}}…): the
 * seminars module refuses such a navigation, before the view reads anything, to whoever may not read that map
 * (ADR 037). Every new view of one map implements it.
 */
public interface MapRoute {}
