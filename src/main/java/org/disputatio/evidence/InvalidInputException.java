package org.disputatio.evidence;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Input a user can correct. Each refusal names the form field or JSON property ({@code anchor.exact} for
 * nested ones) and says what is wrong in the language of the request (the UI's language, or the API's
 * Accept-Language): messages come from the ValidationMessages bundles, like Bean Validation's.
 */
public class InvalidInputException extends IllegalArgumentException {

    /** One refused field and what to fix. */
    public record Refusal(String field, String message) {}

    private final List<Refusal> refusals;

    public InvalidInputException(String field, String message) {
        this(List.of(new Refusal(field, message)));
    }

    public InvalidInputException(List<Refusal> refusals) {
        super(refusals.getFirst().message());
        this.refusals = List.copyOf(refusals);
    }

    /** The refusals of Bean Validation, sorted by field so that the first is stable. */
    public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidInputException(violations.stream()
                .map(v -> new Refusal(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                .sorted(Comparator.comparing(Refusal::field).thenComparing(Refusal::message))
                .toList());
    }

    /** A refusal worded by {@code key} of ValidationMessages, with {0}, {1}… replaced by {@code args}. */
    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(field, message(key, args));
    }

    static String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        String text;
        try {
            text = ResourceBundle.getBundle(
                            "ValidationMessages",
                            locale,
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(key);
        } catch (MissingResourceException e) {
            text = key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** The first field refused. */
    public String field() {
        return refusals.getFirst().field();
    }

    public List<Refusal> refusals() {
        return refusals;
    }
}
