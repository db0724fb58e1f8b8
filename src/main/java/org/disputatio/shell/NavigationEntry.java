package org.disputatio.shell;

import com.vaadin.flow.component.Component;

/**
 * A feature's entry in the main navigation. Declared as a bean by the feature, so the shell needs
 * no compile-time knowledge of it.
 */
public record NavigationEntry(String labelKey, Class<? extends Component> view, int order) {}
