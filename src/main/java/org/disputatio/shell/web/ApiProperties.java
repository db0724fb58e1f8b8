package org.disputatio.shell.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API.
 *
 * @param maxBodySize the largest request body accepted under /api; larger ones get 413 before they are read
 * @param maxImportSize the same for {@code POST /api/maps}, which carries a whole text or file (issue 12: files
 *     of up to 10 MB, texts of up to 2 million chars)
 * @param maxInterchangeSize the same for {@code POST /api/maps/import}, which carries another tool's whole map
 *     file (issue 14, ADR 041)
 */
@ConfigurationProperties("disputatio.api")
record ApiProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("12MB") DataSize maxImportSize,
        @DefaultValue("50MB") DataSize maxInterchangeSize) {}
