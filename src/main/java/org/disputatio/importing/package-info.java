/** Loads and validates essay-map files (map.yaml, sources.yaml and the document) into immutable records, ready to import. */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"maps", "sources", "security"})
package org.disputatio.importing;
