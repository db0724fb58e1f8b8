package org.disputatio.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.disputatio.authoring.ImportRefusedException.Reason;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.OriginalFile;
import org.disputatio.maps.Outline;
import org.disputatio.maps.ReadingText;
import org.disputatio.maps.Section;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Makes a new map from a text a user pastes or a file they upload (issue 12, ADR 033): reads it, keeps
 * the file byte for byte, normalises the text into the reading text with its offset map, finds its
 * sections, and stores the map in one transaction with its {@link ChangeKind#MapCreated} entry, owned by
 * the user. Every limit is checked before anything is written.
 */
@Service
public class TextImport {

    /** The largest file read. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** The longest text (extracted or pasted), in chars. */
    public static final int MAX_CHARS = 2_000_000;

    /** The longest line: a "text" with longer ones is most likely data, and the reader could not show it. */
    public static final int MAX_LINE_CHARS = 100_000;

    public static final int MAX_TITLE_CHARS = 200;
    public static final int MAX_AUTHOR_CHARS = 200;
    public static final int MAX_PROVENANCE_CHARS = 2_000;

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /**
     * A text read and normalised, not stored yet: what the new-map form previews and then creates.
     *
     * @param languageGuess the language the text seems to be in, for the form to pre-fill
     */
    public record Reading(
            TextFormat format, OriginalFile file, ReadingText reading, List<Section> sections, String languageGuess) {}

    /** What the user says about the text. */
    public record Metadata(
            String title,
            String language,
            @Nullable String author,
            @Nullable String provenance) {}

    private final MapCatalog catalog;
    private final ChangeLog changeLog;
    private final DocumentReader reader = new DocumentReader(MAX_CHARS);

    TextImport(MapCatalog catalog, ChangeLog changeLog) {
        this.catalog = catalog;
        this.changeLog = changeLog;
    }

    /**
     * Reads an uploaded file.
     *
     * @throws ImportRefusedException if it is too large, of another type, unreadable, encrypted or empty
     */
    public Reading read(byte[] bytes, String fileName) {
        String name = fileName.isBlank() ? "upload" : fileName.strip();
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ImportRefusedException(
                    Reason.TOO_LARGE,
                    "file",
                    "The file '" + name + "' is " + bytes.length + " bytes; files of at most " + MAX_FILE_BYTES
                            + " bytes (10 MB) are read.");
        }
        ExtractedText extracted = reader.read(bytes, name);
        return reading(extracted, new OriginalFile(name, extracted.format().mediaType(), bytes, sha256(bytes)));
    }

    /** Reads a pasted text; its original is its UTF-8 bytes. */
    public Reading read(String text) {
        ExtractedText extracted = reader.plain(text);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return reading(extracted, new OriginalFile("pasted.txt", "text/plain", bytes, sha256(bytes)));
    }

    private Reading reading(ExtractedText extracted, OriginalFile file) {
        String text = extracted.text();
        if (text.length() > MAX_CHARS) {
            throw new ImportRefusedException(
                    Reason.TOO_LARGE,
                    "text",
                    "The text is " + text.length() + " chars long; a map's text may have at most " + MAX_CHARS
                            + " chars. Split it into several maps.");
        }
        checkLines(text);
        ReadingText reading = ReadingText.ofImported(text, extracted.headings());
        if (reading.text().isBlank()) {
            throw new ImportRefusedException(
                    Reason.UNREADABLE,
                    extracted.format() == TextFormat.PLAIN_TEXT
                                    && file.fileName().equals("pasted.txt")
                            ? "text"
                            : "file",
                    "There is no text to read in " + describe(file)
                            + (extracted.format() == TextFormat.PDF
                                    ? " (a scanned PDF holds images of pages, not text: run it through OCR first)."
                                    : "."));
        }
        List<Section> sections = Outline.ofImported(reading).sections();
        return new Reading(extracted.format(), file, reading, sections, LanguageGuess.of(reading.text()));
    }

    private static String describe(OriginalFile file) {
        return file.fileName().equals("pasted.txt") ? "the pasted text" : "the file '" + file.fileName() + "'";
    }

    private static void checkLines(String text) {
        int lineStart = 0;
        int line = 1;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int end = newline < 0 ? text.length() : newline;
            if (end - lineStart > MAX_LINE_CHARS) {
                throw new ImportRefusedException(
                        Reason.UNREADABLE,
                        "text",
                        "Line " + line + " of the text is " + (end - lineStart) + " chars long; lines of at most "
                                + MAX_LINE_CHARS + " chars are read. Is it really a text?");
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            line++;
        }
    }

    /** Checks what the user gave, naming the first field at fault. */
    public static void check(Metadata metadata) {
        if (metadata.title() == null || metadata.title().isBlank()) {
            throw invalid("title", "title: give the map a title.");
        }
        if (metadata.title().strip().length() > MAX_TITLE_CHARS) {
            throw invalid("title", "title: at most " + MAX_TITLE_CHARS + " chars.");
        }
        if (metadata.language() == null
                || !LANGUAGE.matcher(metadata.language().strip()).matches()) {
            throw invalid("language", "language: a language code such as en, fr or pt-BR (guess: see the preview).");
        }
        if (metadata.author() != null && metadata.author().strip().length() > MAX_AUTHOR_CHARS) {
            throw invalid("author", "author: at most " + MAX_AUTHOR_CHARS + " chars.");
        }
        if (metadata.provenance() != null && metadata.provenance().strip().length() > MAX_PROVENANCE_CHARS) {
            throw invalid("provenance", "provenance: at most " + MAX_PROVENANCE_CHARS + " chars.");
        }
    }

    private static ImportRefusedException invalid(String field, String message) {
        return new ImportRefusedException(Reason.INVALID, field, message);
    }

    /**
     * Stores the map, owned by {@code username}, with its change-log entry, in one transaction; its id is
     * a slug of the title, with a number added when that is taken.
     */
    public MapId create(Reading reading, Metadata metadata, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to make a map.");
        }
        check(metadata);
        String title = metadata.title().strip();
        String language = metadata.language().strip();
        String author = metadata.author() == null ? "" : metadata.author().strip();
        OriginalFile file = reading.file();
        String provenance =
                metadata.provenance() == null || metadata.provenance().isBlank()
                        ? (file.fileName().equals("pasted.txt") ? "Pasted" : "Uploaded as " + file.fileName()) + " by "
                                + username + " (" + file.mediaType() + ", " + file.size() + " bytes, SHA-256 "
                                + file.sha256() + ")."
                        : metadata.provenance().strip();
        for (int attempt = 1; ; attempt++) {
            try {
                return changeLog.write((tx, entries) -> {
                    MapId id = freeId(tx, slug(title));
                    var document = new MapContent.Document(
                            title,
                            language,
                            reading.reading().text(),
                            reading.reading().original(),
                            author.isEmpty() ? List.of() : List.of(author),
                            provenance);
                    var map = new MapContent(
                            id.value(),
                            title,
                            language,
                            document,
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of(),
                            List.of());
                    catalog.createFromText(tx, map, username, file, reading.sections());
                    entries.append(new ChangeEntry(
                            id,
                            ChangeKind.MapCreated,
                            username,
                            id.value(),
                            null,
                            "Made the map '" + title + "' from " + describe(file) + ".",
                            "{}"));
                    return id;
                });
            } catch (ClientException e) {
                // Two users creating maps of the same title at once: the id's uniqueness constraint refuses
                // the second; it tries again and takes the next free id.
                if (attempt >= 3 || !e.code().contains("ConstraintValidationFailed")) {
                    throw e;
                }
            }
        }
    }

    private MapId freeId(org.neo4j.driver.TransactionContext tx, String slug) {
        MapId candidate = new MapId(slug);
        for (int n = 2; catalog.taken(tx, candidate); n++) {
            candidate = new MapId(slug + "-" + n);
        }
        return candidate;
    }

    /** Lower-case ASCII words of the title joined by dashes, at most 60 chars; "map" if none are left. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        return ascii.isEmpty() ? "map" : ascii;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
