/** The seminars' REST API: groups, members, invitations and self-registration. */
@NullMarked
package org.disputatio.seminars.web;

import org.jspecify.annotations.NullMarked;
