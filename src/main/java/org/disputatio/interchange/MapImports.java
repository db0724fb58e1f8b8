package org.disputatio.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.disputatio.authoring.TextImport;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports maps from other tools' files and exports maps to them (issue 14, ADR 041). The {@link MapFormat} beans
 * convert; this stores: the whole map and its {@link ChangeKind#MapImported} entry in one transaction, owned by
 * the importing user, with an id slugged from the title. A file refused at any point leaves nothing behind.
 */
@Service
public class MapImports {

    /** A map stored from a file: its id and what the import kept and left out. */
    public record Imported(MapId id, ImportReport report) {}

    private static final int MAX_TITLE_CHARS = TextImport.MAX_TITLE_CHARS;

    private final List<MapFormat> formats;
    private final MapCatalog catalog;
    private final ChangeLog changeLog;

    MapImports(List<MapFormat> formats, MapCatalog catalog, ChangeLog changeLog) {
        this.formats =
                formats.stream().sorted(Comparator.comparing(MapFormat::name)).toList();
        this.catalog = catalog;
        this.changeLog = changeLog;
    }

    /** The names of the formats, as {@code ?format=} takes them, in alphabetical order. */
    public List<String> formatNames() {
        return formats.stream().map(MapFormat::name).toList();
    }

    /** @throws UnknownFormatException when no format has this name */
    public MapFormat format(@Nullable String name) {
        String wanted = name == null ? "" : name.strip();
        return formats.stream()
                .filter(f -> f.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new UnknownFormatException(wanted, formatNames()));
    }

    /**
     * Reads the file in the format and stores it as a new map owned by {@code username}.
     *
     * @throws UnknownFormatException before reading anything, when the format is unknown
     * @throws InterchangeFileException when the file cannot be read or does not hold together (nothing is written)
     */
    public Imported importMap(String formatName, InputStream in, @Nullable String username) throws IOException {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to import a map.");
        }
        MapFormat format = format(formatName);
        ImportedMap read = format.read(in);
        String title = title(read.content());
        // Checked as it will be stored (defaults filled in), before the transaction starts.
        MapContent content = withId(read.content(), new MapId("import"), title);
        ContentCheck.check(content);
        for (int attempt = 1; ; attempt++) {
            try {
                MapId id = changeLog.write((tx, entries) -> {
                    MapId free = freeId(tx, TextImport.slug(title));
                    var map = withId(content, free, title);
                    if (!catalog.createImported(tx, map, username)) {
                        throw new IllegalStateException("The free id '" + free.value() + "' was taken meanwhile.");
                    }
                    entries.append(new ChangeEntry(
                            free,
                            ChangeKind.MapImported,
                            username,
                            free.value(),
                            null,
                            "Imported the map '" + title + "' from a file in the format " + format.name() + ".",
                            "{}"));
                    return free;
                });
                return new Imported(id, read.report());
            } catch (ClientException e) {
                // Two imports of the same title at once: the id's uniqueness constraint refuses the second,
                // which takes the next free id.
                if (attempt >= 3 || !e.code().contains("ConstraintValidationFailed")) {
                    throw e;
                }
            }
        }
    }

    /** The map as stored, for {@link #export}; empty when there is no such map. */
    public Optional<MapContent> content(MapId id) {
        return catalog.content(id);
    }

    /** Writes the map in the format. */
    public void export(MapContent map, MapFormat format, OutputStream out) throws IOException {
        format.write(map, out);
    }

    private static String title(MapContent content) {
        String title = content.title() == null ? "" : content.title().strip();
        if (title.isEmpty()) {
            title = "Imported map";
        }
        return title.length() > MAX_TITLE_CHARS
                ? title.substring(0, MAX_TITLE_CHARS).strip()
                : title;
    }

    private MapId freeId(org.neo4j.driver.TransactionContext tx, String slug) {
        MapId candidate = new MapId(slug);
        for (int n = 2; catalog.taken(tx, candidate); n++) {
            candidate = new MapId(slug + "-" + n);
        }
        return candidate;
    }

    private static MapContent withId(MapContent c, MapId id, String title) {
        var document = c.document() == null ? new MapContent.Document(title, "", "", "", List.of(), "") : c.document();
        return new MapContent(
                id.value(),
                title,
                c.language() == null || c.language().isBlank() ? "en" : c.language(),
                new MapContent.Document(
                        document.title() == null || document.title().isBlank() ? title : document.title(),
                        document.language() == null || document.language().isBlank() ? "en" : document.language(),
                        document.text() == null ? "" : document.text(),
                        document.original() == null ? "" : document.original(),
                        document.authors() == null ? List.of() : document.authors(),
                        document.provenance() == null ? "" : document.provenance()),
                c.claims(),
                c.arguments(),
                c.attacks(),
                c.sources(),
                c.contestations(),
                c.people(),
                c.notes(),
                c.events(),
                c.qualifications(),
                c.rephrases(),
                c.preferences());
    }
}
