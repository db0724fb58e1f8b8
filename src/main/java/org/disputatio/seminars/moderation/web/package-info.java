/** Moderation and group activity over HTTP: marks for review, the moderators' decisions, a group's feed. */
@NullMarked
package org.disputatio.seminars.moderation.web;

import org.jspecify.annotations.NullMarked;
