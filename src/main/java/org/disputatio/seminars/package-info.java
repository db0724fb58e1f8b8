/** Seminars: groups with roles, each group's own copies of maps, moderation, blind rating rounds and ACH matrices. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"maps", "history", "security", "shell", "authoring", "evidence", "sources", "evaluation"
        })
package org.disputatio.seminars;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
