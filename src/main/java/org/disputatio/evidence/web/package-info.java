/** The REST API of user contributions: writes need a signed-in user, reads are open. */
@NullMarked
package org.disputatio.evidence.web;

import org.jspecify.annotations.NullMarked;
