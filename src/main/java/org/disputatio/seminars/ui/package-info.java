/** The seminars' views (my groups, a group's members and invitations, the invitation landing page, registration), and the gate that opens no route of a group's map to someone who may not read it. */
@NullMarked
package org.disputatio.seminars.ui;

import org.jspecify.annotations.NullMarked;
