package org.disputatio.evidence;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;

/**
 * Checks on what users type, done before any transaction starts so that oversized or malformed input
 * never reaches the database. Each failure names the field and says how to fix it.
 */
final class Inputs {

    static final int MAX_ID = 200;
    static final int MAX_LOCATOR = 200;
    static final int MAX_QUOTE = 2000;
    static final int MAX_NOTE = 4000;
    static final int MAX_URL = 2000;
    static final int MIN_REASON = 3;
    static final int MAX_REASON = 2000;
    static final int MAX_CLAIM_TEXT = 2000;
    static final int MAX_SECTION = 200;
    static final int MAX_TITLE = 500;
    static final int MAX_AUTHOR = 200;
    static final int MAX_AUTHORS = 50;
    static final int MAX_ANCHOR = 20_000;

    // The spellings come from the enums in maps, the one owner of these words.
    static final Set<String> CLAIM_KINDS =
            Arrays.stream(ClaimKind.values()).map(ClaimKind::spelling).collect(Collectors.toUnmodifiableSet());
    static final Set<String> ATTACK_KINDS =
            Arrays.stream(AttackKind.values()).map(AttackKind::spelling).collect(Collectors.toUnmodifiableSet());
    static final Set<String> SOURCE_KINDS =
            Set.of("archival-document", "published-primary-source", "scholarship", "memoir", "press", "interview");
    static final Set<String> ACCESSIBILITIES = Set.of("published", "unpublished", "classified", "via-intermediary");

    private Inputs() {}

    /** "for" or "against" in any case; anything else is invalid input on the field "stance". */
    static Stance stance(@Nullable String value) {
        return Stance.fromSpelling(value == null ? "" : value)
                .orElseThrow(() -> new InvalidInputException("stance", "The stance is \"for\" or \"against\"."));
    }

    /** Stripped, non-blank, at most {@code max} characters. */
    static String required(@Nullable String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, label + " is required.");
        }
        return limited(value.strip(), field, label, max);
    }

    /** Stripped, or null when blank; at most {@code max} characters. */
    static @Nullable String optional(@Nullable String value, String field, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(value.strip(), field, label, max);
    }

    static String limited(String value, String field, String label, int max) {
        if (value.length() > max) {
            throw new InvalidInputException(
                    field, label + " is too long: " + value.length() + " characters, at most " + max + ".");
        }
        return value;
    }

    static String between(@Nullable String value, String field, String label, int min, int max) {
        String v = required(value, field, label, max);
        if (v.length() < min) {
            throw new InvalidInputException(field, label + " needs at least " + min + " characters.");
        }
        return v;
    }

    static String id(@Nullable String value, String field, String label) {
        return required(value, field, label, MAX_ID);
    }

    static String oneOf(@Nullable String value, String field, String label, Set<String> allowed) {
        String v = required(value, field, label, MAX_ID).toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidInputException(
                    field,
                    label + " must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        return v;
    }

    /** An absolute http or https URL, or null. */
    static @Nullable String url(@Nullable String value) {
        String url = optional(value, "url", "The URL", MAX_URL);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidInputException(
                        "url", "The URL must be a web address starting with http:// or https://.");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "The URL is not a valid web address: " + e.getReason() + ".");
        }
        return url;
    }

    /** The shape of an anchor; whether it matches the document is checked against the stored text. */
    static @Nullable DocumentAnchor anchor(@Nullable DocumentAnchor anchor) {
        if (anchor == null) {
            return null;
        }
        if (anchor.exact() == null || anchor.exact().isEmpty()) {
            throw new InvalidInputException("anchor.exact", "The anchored quote is empty: select some text.");
        }
        limited(anchor.exact(), "anchor.exact", "The anchored quote", MAX_ANCHOR);
        if (anchor.start() < 0 || anchor.end() <= anchor.start()) {
            throw new InvalidInputException(
                    "anchor", "The anchor's start must be at least 0 and before its end: select some text.");
        }
        if (anchor.end() - anchor.start() != anchor.exact().length()) {
            throw new InvalidInputException("anchor", "The quote does not match the document at that place.");
        }
        return anchor;
    }

    static double rating(double value) {
        if (!RatingSpread.isAllowed(value)) {
            throw new InvalidInputException(
                    "value", "A rating is one of 0, 0.25, 0.5, 0.75 or 1 (given: " + value + ").");
        }
        return value;
    }

    static char reliability(char value) {
        char r = Character.toUpperCase(value);
        if (r < 'A' || r > 'F') {
            throw new InvalidInputException(
                    "reliability", "Reliability is a letter from A to F (given: " + value + ").");
        }
        return r;
    }

    static int credibility(int value) {
        if (value < 1 || value > 6) {
            throw new InvalidInputException(
                    "credibility", "Credibility is a number from 1 to 6 (given: " + value + ").");
        }
        return value;
    }

    static @Nullable Integer year(@Nullable Integer year) {
        if (year != null && (year < -3000 || year > 2200)) {
            throw new InvalidInputException("year", "The year is not plausible: " + year + ".");
        }
        return year;
    }
}
