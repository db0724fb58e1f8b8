package org.disputatio.interchange.aif;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.InconsistentFileException;
import org.disputatio.interchange.InterchangeFileException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.JsonNode;

/**
 * Reads AIF JSON of either flavour into a map (ADR 041). The file is streamed: each node, edge and locution is read
 * on its own into a small record, so a large file is never held twice (as text and as a tree). I-nodes become
 * claims; RA-nodes arguments with their linked premises; CA-nodes attacks (on an RA-node an undercut, on an I-node
 * that is some argument's premise an undermine, else a rebut); MA-nodes rephrasings; PA-nodes preferences; an
 * L-node asserting an I-node (through a YA-node) gives the claim its speaker and, where the file holds the text, its
 * anchor. Everything else is listed in the report's {@code unmapped} with the node or edge it is.
 */
final class AifReader {

    private final String format;
    private final Map<String, AifMapping.Node> nodes = new LinkedHashMap<>();
    private final List<AifMapping.Edge> edges = new ArrayList<>();
    private final Map<String, String> locutionSpeakers = new HashMap<>();
    private final Map<String, String> participants = new HashMap<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    private @Nullable String text;
    private @Nullable JsonNode extension;

    AifReader(String format) {
        this.format = format;
    }

    ImportedMap read(InputStream in) throws IOException {
        try (JsonParser p = AifWriter.JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InterchangeFileException(
                        "line 1", "An AIF file is a JSON object with \"nodes\" and \"edges\" (or \"AIF\").");
            }
            members(p, true);
            if (p.nextToken() != null) {
                throw new InterchangeFileException(line(p), "The file goes on after its JSON object ends.");
            }
        } catch (JacksonIOException e) {
            throw e.getCause() != null ? e.getCause() : new IOException(e);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "file" : "line " + at.getLineNr();
            throw new InterchangeFileException(
                    where,
                    "The file is not valid JSON"
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                            + ": " + e.getOriginalMessage());
        }
        if (nodes.isEmpty()) {
            throw new InconsistentFileException("nodes", "The file has no nodes: there is no map in it.");
        }
        return new AifMapping(format, nodes, edges, locutionSpeakers, participants, text, extension, unmapped).map();
    }

    private void members(JsonParser p, boolean top) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "nodes" -> array(p, name, this::node);
                case "edges" -> array(p, name, this::edge);
                case "locutions" -> array(p, name, this::locution);
                case "participants" -> array(p, name, this::participant);
                case "AIF" -> {
                    if (!top || value != JsonToken.START_OBJECT) {
                        throw new InterchangeFileException(
                                line(p), "\"AIF\" must be the object of an xAIF file's nodes and edges.");
                    }
                    members(p, false);
                }
                case "text" -> {
                    JsonNode t = p.readValueAsTree();
                    if (t.isString()) {
                        text = Html.text(t.asString());
                    } else if (t.isObject()
                            && t.get("txt") != null
                            && t.get("txt").isString()) {
                        text = Html.text(t.get("txt").asString());
                    } else if (!t.isNull()) {
                        unmapped.add(new Unmapped("key text", "text", "neither a string nor an object with \"txt\""));
                    }
                }
                case AifWriter.EXTENSION -> {
                    if (top) {
                        extension = p.readValueAsTree();
                    } else {
                        p.skipChildren();
                    }
                }
                default -> {
                    JsonNode skipped = p.readValueAsTree();
                    boolean empty = skipped.isNull()
                            || skipped.isBoolean()
                            || (skipped.isContainer() && skipped.isEmpty())
                            || (skipped.isString() && skipped.asString().isBlank());
                    if (!empty) {
                        unmapped.add(
                                new Unmapped("key " + name, "\"" + name + "\"", "not part of AIF's argument graph"));
                    }
                }
            }
        }
    }

    private interface Element {
        void read(JsonNode element, String where);
    }

    private void array(JsonParser p, String name, Element element) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InterchangeFileException(line(p), "\"" + name + "\" must be an array.");
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = line(p);
            JsonNode item = p.readValueAsTree();
            if (!item.isObject()) {
                throw new InterchangeFileException(
                        where, "Each of \"" + name + "\" must be an object (item " + index + ").");
            }
            element.read(item, where);
            index++;
        }
    }

    private void node(JsonNode n, String where) {
        String id = id(n, "nodeID", where, "node");
        if (nodes.containsKey(id)) {
            throw new InconsistentFileException("node " + id, "Two nodes have the id " + id + ".");
        }
        String type = string(n, "type");
        String scheme = string(n, "scheme");
        nodes.put(id, new AifMapping.Node(id, type == null ? "" : type.strip(), orEmpty(string(n, "text")), scheme));
    }

    private void edge(JsonNode e, String where) {
        String from = id(e, "fromID", where, "edge");
        String to = id(e, "toID", where, "edge");
        String id = e.get("edgeID") != null
                        && (e.get("edgeID").isString() || e.get("edgeID").isNumber())
                ? e.get("edgeID").asString()
                : Integer.toString(edges.size() + 1);
        edges.add(new AifMapping.Edge(id, from, to));
    }

    private void locution(JsonNode l, String where) {
        String node = id(l, "nodeID", where, "locution");
        JsonNode person = l.get("personID");
        if (person != null && (person.isString() || person.isNumber())) {
            locutionSpeakers.put(node, person.asString());
        }
    }

    private void participant(JsonNode l, String where) {
        String id = id(l, "participantID", where, "participant");
        String name = (orEmpty(string(l, "firstname")) + " " + orEmpty(string(l, "surname"))).strip();
        participants.put(id, name);
    }

    private static String id(JsonNode n, String field, String where, String what) {
        JsonNode id = n.get(field);
        if (id == null || !(id.isString() || id.isNumber()) || id.asString().isBlank()) {
            throw new InterchangeFileException(where, "A " + what + " (" + where + ") has no \"" + field + "\".");
        }
        return id.asString().strip();
    }

    private static @Nullable String string(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String line(JsonParser p) {
        return "line " + p.currentTokenLocation().getLineNr();
    }
}
