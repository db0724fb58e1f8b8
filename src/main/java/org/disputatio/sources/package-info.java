/** Sources and the bibliography of a map, and the parsing of citations into references to those sources. */
@org.jspecify.annotations.NullMarked
package org.disputatio.sources;
