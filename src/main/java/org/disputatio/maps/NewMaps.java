package org.disputatio.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Maps made from a user's text (issue 12): written and, on undo, deleted inside the caller's transaction,
 * so that the map and its change-log entry commit together. The file it was read from hangs off its
 * document as an {@code :OriginalFile}; the sections the file's headings made are kept on the document.
 */
@Repository
class NewMaps {

    // A map id stays taken while its change log is there, even after the map is gone: a new map of the same
    // id would otherwise inherit the old one's history.
    private static final String TAKEN = """
            RETURN EXISTS { (:Map {id: $mapId}) } OR EXISTS { (:ChangeCounter {mapId: $mapId}) }
                   OR EXISTS { (:PendingChange {mapId: $mapId}) } AS taken
            """;
    private static final String INSERT = """
            CREATE (m:Map {id: $mapId, title: $title, language: $language, version: 1, createdAt: datetime(),
                           owner: $owner})
            CREATE (d:Document {mapId: $mapId, title: $title, language: $language, text: $text,
                                original: $original, authors: $authors, provenance: $provenance,
                                sectionIds: $sectionIds, sectionHeadings: $sectionHeadings,
                                sectionStarts: $sectionStarts, sectionEnds: $sectionEnds})
            CREATE (f:OriginalFile {mapId: $mapId, fileName: $fileName, mediaType: $mediaType, size: $size,
                                    sha256: $sha256, bytes: $bytes})
            CREATE (m)-[:HAS_DOCUMENT]->(d)-[:READ_FROM]->(f)
            FOREACH (name IN $authors[0..1] |
              CREATE (:Person {mapId: $mapId, id: $authorId, ordinal: 0, kind: 'person', name: name, variants: [name],
                               description: '', origin: 'import', createdBy: $owner, createdAt: datetime(),
                               mapKey: $mapKey}))
            """;
    private static final String ORIGINAL_FILE = """
            MATCH (f:OriginalFile {mapId: $mapId})
            RETURN f.fileName AS fileName, f.mediaType AS mediaType, f.bytes AS bytes, f.sha256 AS sha256
            """;
    private static final String ORIGINAL_FILE_NAME = """
            MATCH (f:OriginalFile {mapId: $mapId})
            RETURN f.fileName AS fileName
            """;
    private static final String SECTIONS = """
            MATCH (d:Document {mapId: $mapId})
            RETURN coalesce(d.sectionIds, []) AS ids, coalesce(d.sectionHeadings, []) AS headings,
                   coalesce(d.sectionStarts, []) AS starts, coalesce(d.sectionEnds, []) AS ends
            """;
    private static final String DELETE = """
            MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (m)-[:HAS_DOCUMENT]->(d:Document)
            OPTIONAL MATCH (d)-[:READ_FROM]->(f:OriginalFile)
            OPTIONAL MATCH (p:Person {mapId: $mapId})
            DETACH DELETE p, f, d, m
            RETURN count(DISTINCT m) AS deleted
            """;

    /**
     * The id of the person the importer makes of the text's first author, so that "New claim" attributes the
     * author's words to them from the first claim on (the map has no other person then).
     */
    static final String AUTHOR_ID = "author";

    private final Driver driver;

    NewMaps(Driver driver) {
        this.driver = driver;
    }

    boolean taken(TransactionContext tx, MapId id) {
        return tx.run(TAKEN, Map.of("mapId", id.value())).single().get("taken").asBoolean();
    }

    void insert(TransactionContext tx, MapContent map, String owner, OriginalFile file, List<Section> sections) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.id());
        params.put("mapKey", new MapId(map.id()).searchKey());
        params.put("title", map.title());
        params.put("language", map.language());
        params.put("owner", owner);
        params.put("text", map.document().text());
        params.put("original", map.document().original());
        params.put("authors", map.document().authors());
        params.put("authorId", AUTHOR_ID);
        params.put("provenance", map.document().provenance());
        params.put("sectionIds", sections.stream().map(s -> s.id().value()).toList());
        params.put(
                "sectionHeadings",
                sections.stream()
                        .map(s -> s.heading() == null ? "" : s.heading())
                        .toList());
        params.put(
                "sectionStarts", sections.stream().map(s -> s.range().start()).toList());
        params.put("sectionEnds", sections.stream().map(s -> s.range().end()).toList());
        params.put("fileName", file.fileName());
        params.put("mediaType", file.mediaType());
        params.put("size", file.size());
        params.put("sha256", file.sha256());
        params.put("bytes", file.bytes());
        tx.run(INSERT, params).consume();
    }

    boolean delete(TransactionContext tx, MapId id) {
        return tx.run(DELETE, Map.of("mapId", id.value()))
                        .single()
                        .get("deleted")
                        .asInt()
                > 0;
    }

    Optional<OriginalFile> originalFile(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ORIGINAL_FILE, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .map(r -> new OriginalFile(
                            r.get("fileName").asString(),
                            r.get("mediaType").asString(),
                            r.get("bytes").asByteArray(),
                            r.get("sha256").asString())));
        }
    }

    Optional<String> originalFileName(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ORIGINAL_FILE_NAME, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .map(r -> r.get("fileName").asString()));
        }
    }

    List<Section> sections(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(SECTIONS, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .map(NewMaps::sections)
                    .orElse(List.of()));
        }
    }

    private static List<Section> sections(org.neo4j.driver.Record r) {
        List<String> ids = r.get("ids").asList(Value::asString);
        List<String> headings = r.get("headings").asList(Value::asString);
        List<Integer> starts = r.get("starts").asList(Value::asInt);
        List<Integer> ends = r.get("ends").asList(Value::asInt);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            sections.add(new Section(
                    new SectionId(ids.get(i)),
                    headings.get(i).isEmpty() ? null : headings.get(i),
                    new TextRange(starts.get(i), ends.get(i))));
        }
        return sections;
    }
}
