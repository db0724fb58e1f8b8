/** The seminars' REST API: groups, members, invitations, self-registration, a group's maps, and the check every request for a map passes. */
@NullMarked
package org.disputatio.seminars.web;

import org.jspecify.annotations.NullMarked;
