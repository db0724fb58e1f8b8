package org.disputatio.history;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.TimeoutException;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A write refused because this instance already runs as many writes as it admits and none finished within
 * the wait: nothing was written, and the same write can be sent again shortly. Its cause is a
 * {@link TimeoutException}, which the API's overload handling answers with 503 and {@code Retry-After}
 * like the driver's own timeouts; the message is for a person, in the request's language.
 */
public class WritesRefusedException extends RuntimeException {

    WritesRefusedException(int limit, long waitedMillis) {
        super(message(), new TimeoutException("No write slot of " + limit + " free within " + waitedMillis + " ms"));
    }

    private static String message() {
        Locale locale = LocaleContextHolder.getLocale();
        try {
            return ResourceBundle.getBundle(
                            "ValidationMessages",
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("disputatio.writes.busy");
        } catch (MissingResourceException e) {
            return "The server is too busy to save this change now. Nothing was saved; try again in a few seconds.";
        }
    }
}
