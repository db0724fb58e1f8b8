package org.disputatio.evidence;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Runs Bean Validation on what users send, in the services, so that the REST API and the Vaadin dialogs
 * get the same checks and the same messages, before any transaction starts.
 */
@Component
class InputCheck {

    private final Validator validator;

    InputCheck(Validator validator) {
        this.validator = validator;
    }

    /** The input itself if it is valid; otherwise every refusal, worded in the request's language. */
    <T> T valid(@Nullable T input, String field) {
        if (input == null) {
            throw InvalidInputException.of(field, "disputatio.required");
        }
        var violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return input;
    }

    /** Stripped text, or null when blank (optional fields). */
    static @Nullable String optional(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
