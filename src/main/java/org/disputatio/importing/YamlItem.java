package org.disputatio.importing;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping read from a map file, with the line of each of its fields. The composed node tree
 * is used instead of data binding precisely because it keeps those lines.
 */
final class YamlItem {

    private final MappingNode node;

    YamlItem(MappingNode node) {
        this.node = node;
    }

    int line() {
        return line(node);
    }

    static int line(@Nullable Node node) {
        return node == null ? 1 : node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                names.add(key.getValue());
            }
        }
        return names;
    }

    @Nullable
    Node field(String name) {
        for (NodeTuple tuple : node.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    /** The line of a field's value, or of the item when the field is absent. */
    int lineOf(String name) {
        Node value = field(name);
        return value == null ? line() : line(value);
    }

    /** A scalar field's text; {@code null} when absent, null ({@code ~}, {@code null}) or empty. */
    @Nullable
    String text(String name) {
        Node value = field(name);
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            if (scalar.isPlain() && (text.equals("null") || text.equals("~") || text.isEmpty())) {
                return null;
            }
            return text;
        }
        return null;
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    List<String> texts(String name) {
        Node value = field(name);
        if (value instanceof SequenceNode sequence) {
            List<String> texts = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar) {
                    texts.add(scalar.getValue());
                }
            }
            return texts;
        }
        String single = text(name);
        return single == null ? List.of() : List.of(single);
    }

    /** The lines of each element of a list field, in order. */
    List<Integer> lines(String name) {
        Node value = field(name);
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(YamlItem::line).toList();
        }
        return List.of(lineOf(name));
    }

    @Nullable
    YamlItem item(String name) {
        return field(name) instanceof MappingNode mapping ? new YamlItem(mapping) : null;
    }

    /** A list of mappings, and for elements that are not mappings, their lines. */
    List<Element> items(String name) {
        List<Element> elements = new ArrayList<>();
        if (field(name) instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                elements.add(new Element(
                        line(element), element instanceof MappingNode mapping ? new YamlItem(mapping) : null));
            }
        }
        return elements;
    }

    record Element(int line, @Nullable YamlItem item) {}
}
