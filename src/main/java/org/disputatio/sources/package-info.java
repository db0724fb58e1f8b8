/** Sources and the bibliography of a map, and the parsing of citations into references to those sources. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.disputatio.sources;
