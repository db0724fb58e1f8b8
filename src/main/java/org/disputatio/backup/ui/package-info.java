/** The admins' page that downloads a backup and uploads one to restore. */
@NullMarked
package org.disputatio.backup.ui;

import org.jspecify.annotations.NullMarked;
