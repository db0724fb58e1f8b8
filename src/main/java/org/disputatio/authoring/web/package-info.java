/** The REST API of authoring: maps as things users own (rename, delete, restore, copy). */
@NullMarked
package org.disputatio.authoring.web;

import org.jspecify.annotations.NullMarked;
