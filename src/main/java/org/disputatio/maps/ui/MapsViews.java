package org.disputatio.maps.ui;

import com.vaadin.flow.component.Component;

/** The public face of the package-private views, for navigation entries. */
public final class MapsViews {

    private MapsViews() {}

    public static Class<? extends Component> list() {
        return MapsView.class;
    }
}
