package org.disputatio.seminars.ui;

import com.vaadin.flow.component.Component;

/** The public face of the package-private seminar views, for navigation entries. */
public final class SeminarViews {

    private SeminarViews() {}

    public static Class<? extends Component> groups() {
        return GroupsView.class;
    }
}
