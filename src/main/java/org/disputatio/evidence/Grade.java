package org.disputatio.evidence;

/** An Admiralty grade: reliability of the source A–F, credibility of the information 1–6. */
public record Grade(char reliability, int credibility) {}
