package org.disputatio.authoring;

import com.vaadin.flow.component.Component;

/**
 * Another way to make a new map, shown on the new-map page below making one from a text: a module that cannot be
 * a dependency of authoring (interchange's "Import from another tool", issue 14) contributes it as a bean.
 */
public interface NewMapSection {

    /** A fresh section for one page. */
    Component section();
}
