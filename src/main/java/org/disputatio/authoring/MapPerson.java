package org.disputatio.authoring;

/** A person of a map, as a claim's proponent is chosen from them. */
public record MapPerson(String id, String name) {}
