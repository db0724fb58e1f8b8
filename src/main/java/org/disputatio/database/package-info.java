/** Neo4j for the whole application: the embedded server or an external one, the driver, and the schema. */
@NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.disputatio.database;

import org.jspecify.annotations.NullMarked;
