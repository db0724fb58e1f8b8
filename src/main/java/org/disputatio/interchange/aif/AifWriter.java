package org.disputatio.interchange.aif;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a map as AIF JSON (ADR 041): a claim is an I-node, with an L-node and a YA-node ("Asserting") naming its
 * proponent as the speaker; an argument an RA-node (its scheme as text and {@code scheme}); an attack a CA-node;
 * a rephrasing an MA-node; a preference a PA-node. What AIF has no place for (claim kinds, sections, anchors,
 * sources and citations, people, notes, dates, qualifications, the document) goes under the extra key
 * {@value #EXTENSION}, which other tools ignore and {@link AifReader} reads back, so that a map survives the
 * round trip exactly. Written as it goes: only the edges are held until the nodes are out.
 */
final class AifWriter {

    /** The key of what AIF has no place for; other tools ignore unknown keys. */
    static final String EXTENSION = "disputatio";

    static final String DEFAULT_INFERENCE = "Default Inference";
    static final String DEFAULT_CONFLICT = "Default Conflict";
    static final String DEFAULT_REPHRASE = "Default Rephrase";
    static final String DEFAULT_PREFERENCE = "Default Preference";
    static final String ASSERTING = "Asserting";

    static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private record Edge(int from, int to) {}

    private final Flavour flavour;
    private final List<Edge> edges = new ArrayList<>();
    private final List<int[]> locutions = new ArrayList<>();
    private final Map<String, Integer> speakers = new LinkedHashMap<>();
    private final Map<String, String> speakerNames = new HashMap<>();
    private final Map<String, Integer> claimNodes = new HashMap<>();
    private final Map<String, Integer> argumentNodes = new HashMap<>();
    private final Map<String, Integer> attackNodes = new HashMap<>();
    private final Map<String, Integer> rephraseNodes = new HashMap<>();
    private final Map<String, Integer> preferenceNodes = new HashMap<>();
    private int next = 1;

    AifWriter(Flavour flavour) {
        this.flavour = flavour;
    }

    void write(MapContent map, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            if (flavour == Flavour.XAIF) {
                g.writeObjectPropertyStart("AIF");
            }
            g.writeArrayPropertyStart("nodes");
            writeNodes(g, map);
            g.writeEndArray();
            g.writeArrayPropertyStart("edges");
            for (int i = 0; i < edges.size(); i++) {
                g.writeStartObject();
                g.writeStringProperty("edgeID", Integer.toString(i + 1));
                g.writeStringProperty("fromID", Integer.toString(edges.get(i).from()));
                g.writeStringProperty("toID", Integer.toString(edges.get(i).to()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayPropertyStart("locutions");
            for (int[] l : locutions) {
                g.writeStartObject();
                g.writeStringProperty("nodeID", Integer.toString(l[0]));
                g.writeStringProperty("personID", Integer.toString(l[1]));
                g.writeEndObject();
            }
            g.writeEndArray();
            if (flavour == Flavour.XAIF) {
                g.writeArrayPropertyStart("participants");
                for (var speaker : speakers.entrySet()) {
                    g.writeStartObject();
                    g.writeStringProperty("participantID", Integer.toString(speaker.getValue()));
                    g.writeStringProperty("firstname", speakerNames.get(speaker.getKey()));
                    g.writeStringProperty("surname", "");
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayPropertyStart("schemefulfillments");
                g.writeEndArray();
                g.writeArrayPropertyStart("descriptorfulfillments");
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectPropertyStart("text");
                g.writeStringProperty("txt", Html.of(map.document().text()));
                g.writeEndObject();
                g.writeBooleanProperty("dialog", false);
            }
            g.writeName(EXTENSION);
            writeExtension(g, map);
            g.writeEndObject();
        }
    }

    private void writeNodes(JsonGenerator g, MapContent map) {
        for (var c : map.claims()) {
            int node = node(g, c.text(), "I", null);
            claimNodes.put(c.id(), node);
            if (!c.proponent().isBlank()) {
                String key = c.proponentId() != null ? c.proponentId() : c.proponent();
                int person = speakers.computeIfAbsent(key, k -> speakers.size() + 1);
                speakerNames.putIfAbsent(key, c.proponent());
                int locution = node(g, c.proponent() + " : " + c.text(), "L", null);
                int asserting = node(g, ASSERTING, "YA", null);
                edges.add(new Edge(locution, asserting));
                edges.add(new Edge(asserting, node));
                locutions.add(new int[] {locution, person});
            }
        }
        for (var a : map.arguments()) {
            int node = node(g, a.scheme() == null ? DEFAULT_INFERENCE : a.scheme(), "RA", a.scheme());
            argumentNodes.put(a.id(), node);
            a.premises().forEach(p -> edges.add(new Edge(claimNodes.get(p), node)));
            edges.add(new Edge(node, claimNodes.get(a.conclusion())));
        }
        for (var k : map.attacks()) {
            int node = node(g, DEFAULT_CONFLICT, "CA", null);
            attackNodes.put(k.id(), node);
            edges.add(new Edge(claimNodes.get(k.from()), node));
            edges.add(new Edge(node, target(k.to())));
        }
        for (var r : map.rephrases()) {
            int node = node(g, r.scheme() == null ? DEFAULT_REPHRASE : r.scheme(), "MA", r.scheme());
            rephraseNodes.put(r.id(), node);
            edges.add(new Edge(claimNodes.get(r.from()), node));
            edges.add(new Edge(node, claimNodes.get(r.to())));
        }
        for (var p : map.preferences()) {
            int node = node(g, p.scheme() == null ? DEFAULT_PREFERENCE : p.scheme(), "PA", p.scheme());
            preferenceNodes.put(p.id(), node);
            edges.add(new Edge(target(p.preferred()), node));
            edges.add(new Edge(node, target(p.over())));
        }
    }

    private int target(String id) {
        Integer claim = claimNodes.get(id);
        return claim != null ? claim : argumentNodes.get(id);
    }

    private int node(JsonGenerator g, String text, String type, @Nullable String scheme) {
        int id = next++;
        g.writeStartObject();
        g.writeStringProperty("nodeID", Integer.toString(id));
        g.writeStringProperty("text", text);
        g.writeStringProperty("type", type);
        if (scheme != null) {
            g.writeStringProperty("scheme", scheme);
        }
        g.writeEndObject();
        return id;
    }

    private void writeExtension(JsonGenerator g, MapContent map) {
        g.writeStartObject();
        g.writeNumberProperty("version", 1);
        g.writeStringProperty("title", map.title());
        g.writeStringProperty("language", map.language());
        var d = map.document();
        g.writeObjectPropertyStart("document");
        g.writeStringProperty("title", d.title());
        g.writeStringProperty("language", d.language());
        g.writeStringProperty("text", d.text());
        g.writeStringProperty("original", d.original());
        g.writePOJOProperty("authors", d.authors());
        g.writeStringProperty("provenance", d.provenance());
        g.writeEndObject();
        g.writeArrayPropertyStart("claims");
        for (var c : map.claims()) {
            g.writeStartObject();
            g.writeStringProperty("node", Integer.toString(claimNodes.get(c.id())));
            g.writeStringProperty("id", c.id());
            g.writeStringProperty("kind", c.kind());
            g.writeStringProperty("proponent", c.proponent());
            g.writeStringProperty("proponentId", c.proponentId());
            g.writeStringProperty("section", c.section());
            g.writePOJOProperty("anchors", c.anchors());
            g.writePOJOProperty("citations", c.citations());
            g.writePOJOProperty("mentions", c.mentions());
            g.writePOJOProperty("dates", c.dates());
            g.writeEndObject();
        }
        g.writeEndArray();
        nodeIds(
                g,
                "arguments",
                argumentNodes,
                map.arguments().stream().map(MapContent.Argument::id).toList());
        g.writeArrayPropertyStart("attacks");
        for (var k : map.attacks()) {
            g.writeStartObject();
            g.writeStringProperty("node", Integer.toString(attackNodes.get(k.id())));
            g.writeStringProperty("id", k.id());
            g.writeStringProperty("kind", k.kind());
            g.writeEndObject();
        }
        g.writeEndArray();
        nodeIds(
                g,
                "rephrases",
                rephraseNodes,
                map.rephrases().stream().map(MapContent.Rephrase::id).toList());
        nodeIds(
                g,
                "preferences",
                preferenceNodes,
                map.preferences().stream().map(MapContent.Preference::id).toList());
        g.writePOJOProperty("sources", map.sources());
        g.writePOJOProperty("contestations", map.contestations());
        g.writePOJOProperty("people", map.people());
        g.writePOJOProperty("notes", map.notes());
        g.writePOJOProperty("events", map.events());
        g.writePOJOProperty("qualifications", map.qualifications());
        g.writeEndObject();
    }

    private static void nodeIds(JsonGenerator g, String name, Map<String, Integer> nodes, List<String> ids) {
        g.writeArrayPropertyStart(name);
        for (String id : ids) {
            g.writeStartObject();
            g.writeStringProperty("node", Integer.toString(nodes.get(id)));
            g.writeStringProperty("id", id);
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
