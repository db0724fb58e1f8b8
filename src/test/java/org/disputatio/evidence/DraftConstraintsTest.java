package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drafts' Bean Validation rules, which the services apply to the API and the dialogs alike. */
class DraftConstraintsTest {

    static Validator validator;
    static Locale before;

    @BeforeAll
    static void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    @AfterAll
    static void restore() {
        Locale.setDefault(before);
    }

    static Map<String, String> refusals(Object input) {
        var byField = new TreeMap<String, String>();
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            byField.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return byField;
    }

    @Test
    void aValidDraft_passes() {
        var draft = new EvidenceDraft(
                "c1",
                "s1",
                "p. 4",
                "Blue.",
                "https://example.org/a",
                Stance.FOR,
                null,
                new DocumentAnchor("it is blue", 49, 59));
        assertThat(refusals(draft)).isEmpty();
    }

    @Test
    void evidence_namesEachFieldAtFault() {
        var draft = new EvidenceDraft(
                null,
                "s1",
                "x".repeat(201),
                "\u200b",
                "ftp://example.org",
                null,
                "n".repeat(4001),
                new DocumentAnchor("blue", 10, 12));
        assertThat(refusals(draft))
                .containsExactlyEntriesOf(new TreeMap<>(Map.of(
                        "anchor.span",
                        "The anchor's quote must be exactly the text between its start and its end: select some text.",
                        "claimId",
                        "This is required.",
                        "locator",
                        "At most 200 characters.",
                        "note",
                        "At most 4000 characters.",
                        "quote",
                        "Write some visible text: spaces and invisible characters (such as zero-width spaces) do not"
                                + " count.",
                        "stance",
                        "This is required.",
                        "url",
                        "A web address starting with http:// or https://.")));
    }

    @Test
    void claimsAndSources_acceptOnlyTheListedKinds_inAnyCase() {
        assertThat(refusals(new ClaimDraft(" Premise ", "Blue", null, null))).isEmpty();
        assertThat(refusals(new ClaimDraft("opinion", "Blue", null, null)))
                .containsExactly(
                        Map.entry("kind", "One of thesis, conclusion, premise, counter-claim, rebuttal, concession."));
        var source = new SourceDraft(List.of("Delta", " "), "Skies", 5000, "Scholarship", "rumour");
        assertThat(refusals(source))
                .containsExactly(
                        Map.entry("accessibility", "One of published, unpublished, classified, via-intermediary."),
                        Map.entry("year", "A year between -3000 and 2200."));
    }

    @Test
    void messagesAreInFrench_forAFrenchRequest() {
        Locale.setDefault(Locale.FRENCH);
        try {
            var french = Validation.buildDefaultValidatorFactory().getValidator();
            var refused = french.validate(new ClaimDraft("premise", "\ufeff", null, null));
            assertThat(refused.iterator().next().getMessage())
                    .isEqualTo("Écrivez un texte visible : les espaces et les caractères invisibles (comme les espaces"
                            + " de largeur nulle) ne comptent pas.");
        } finally {
            Locale.setDefault(Locale.ENGLISH);
        }
    }
}
