/** The REST API of backups and restores, for admins. */
@NullMarked
package org.disputatio.backup.web;

import org.jspecify.annotations.NullMarked;
