package org.disputatio.shell.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the JSON API.
 *
 * @param maxBodySize the largest request body accepted under /api; larger ones get 413 before they are read
 */
@ConfigurationProperties("disputatio.api")
record ApiProperties(@DefaultValue("1MB") DataSize maxBodySize) {}
