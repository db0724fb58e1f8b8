/** AIF JSON, in AIFdb's flavour and in OVA3's xAIF, read into maps and written from them (issue 14, ADR 041). */
@NullMarked
package org.disputatio.interchange.aif;

import org.jspecify.annotations.NullMarked;
