package org.disputatio.workspace.ui;

import java.util.Locale;

/** How numbers read in the workspace. */
final class Format {

    private Format() {}

    static String strength(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String signed(double value) {
        return String.format(Locale.ROOT, "%+.2f", value);
    }
}
