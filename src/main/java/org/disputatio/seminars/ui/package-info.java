/** The seminars' views: my groups, a group's members and invitations, the invitation landing page and registration. */
@NullMarked
package org.disputatio.seminars.ui;

import org.jspecify.annotations.NullMarked;
