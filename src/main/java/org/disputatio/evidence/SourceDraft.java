package org.disputatio.evidence;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A source a user adds to a map's bibliography. {@code kind} is one of archival-document,
 * published-primary-source, scholarship, memoir, press, interview; {@code accessibility} one of
 * published, unpublished, classified, via-intermediary.
 */
public record SourceDraft(
        List<String> authors, String title, @Nullable Integer year, String kind, String accessibility) {}
