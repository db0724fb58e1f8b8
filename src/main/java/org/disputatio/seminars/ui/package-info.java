/** The seminars' part of the web interface: no route of a group's map opens for someone who may not read it. */
@NullMarked
package org.disputatio.seminars.ui;

import org.jspecify.annotations.NullMarked;
