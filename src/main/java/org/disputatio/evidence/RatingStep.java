package org.disputatio.evidence;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/** A rating: one of the five steps 0, 0.25, 0.5, 0.75, 1. Null is valid (add {@code @NotNull}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RatingStep.Check.class)
@interface RatingStep {

    String message() default "{disputatio.rating}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks against {@link RatingSpread#isAllowed(double)}. */
    class Check implements ConstraintValidator<RatingStep, Double> {
        @Override
        public boolean isValid(@Nullable Double value, ConstraintValidatorContext context) {
            return value == null || RatingSpread.isAllowed(value);
        }
    }
}
