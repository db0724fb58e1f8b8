package org.disputatio.shell;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * Text a person can read: well-formed UTF-16 (no lone surrogate, which the database would store as
 * "?") and, unless {@link #blankAllowed()}, something left once whitespace and invisible characters
 * (zero-width space, joiners, word joiner, byte-order mark, soft hyphen and every other format
 * character) are removed. Null is valid: add {@code @NotNull} where the field is required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VisibleText.Check.class)
public @interface VisibleText {

    String message() default "{disputatio.text.invisible}";

    /** For optional fields, where blank means "none"; the text must still be well-formed. */
    boolean blankAllowed() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the rules above; the message says which one failed. */
    class Check implements ConstraintValidator<VisibleText, CharSequence> {

        private boolean blankAllowed;

        @Override
        public void initialize(VisibleText annotation) {
            blankAllowed = annotation.blankAllowed();
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (hasLoneSurrogate(value)) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{disputatio.text.surrogate}")
                        .addConstraintViolation();
                return false;
            }
            return blankAllowed || hasVisibleCharacter(value);
        }

        /** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
        static boolean hasLoneSurrogate(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        return true;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Anything but whitespace, format characters (Cf), controls and unassigned code points. */
        static boolean hasVisibleCharacter(CharSequence text) {
            return text.codePoints()
                    .anyMatch(cp -> !Character.isWhitespace(cp)
                            && !Character.isSpaceChar(cp)
                            && switch (Character.getType(cp)) {
                                case Character.FORMAT, Character.CONTROL, Character.UNASSIGNED -> false;
                                default -> cp != 0x115F && cp != 0x1160 && cp != 0x3164 && cp != 0xFFA0;
                            });
        }
    }
}
