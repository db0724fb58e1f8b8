package org.disputatio.seminars.ui;

import com.vaadin.flow.component.Component;
import org.disputatio.seminars.GroupRole;

/** A role's name in the visitor's language. */
final class Roles {

    private Roles() {}

    static String label(Component view, GroupRole role) {
        return view.getTranslation("groups.role." + role.apiName());
    }
}
