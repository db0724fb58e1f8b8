/** Exports of a map for people (issue 14 point 6): its claims and sources as CSV and a printable PDF report. */
@NullMarked
package org.disputatio.workspace.web;

import org.jspecify.annotations.NullMarked;
