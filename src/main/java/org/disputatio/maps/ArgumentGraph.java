package org.disputatio.maps;

import java.util.List;

/**
 * The shape of a map for drawing: claims and arguments as nodes, support and attacks as edges.
 * Argument nodes make linked premises visible: all premises of one argument point at the same node.
 */
public record ArgumentGraph(List<Node> nodes, List<Edge> edges) {

    public record Node(String id, String label, String kind) {}

    public record Edge(String id, String source, String target, String kind) {}
}
