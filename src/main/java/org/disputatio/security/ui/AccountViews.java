package org.disputatio.security.ui;

import com.vaadin.flow.component.Component;

/** The public face of the package-private account views, for navigation entries. */
public final class AccountViews {

    private AccountViews() {}

    public static Class<? extends Component> myAccount() {
        return MyAccountView.class;
    }

    /** Admins only: the navigation shows it to those whose role opens it. */
    public static Class<? extends Component> accounts() {
        return AccountsView.class;
    }
}
