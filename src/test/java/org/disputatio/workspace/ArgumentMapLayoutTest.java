package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's ELK layout of a small argument map, built as the browser builds it (workspace-graph.js: layered,
 * upwards, premises inside their argument's box, compounds laid out apart with proxy edges at the top level).
 */
class ArgumentMapLayoutTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String LAYERED = """
            "elk.algorithm": "layered", "elk.direction": "UP", "elk.separateConnectedComponents": "false",
            "elk.layered.spacing.nodeNodeBetweenLayers": "45", "elk.spacing.nodeNode": "22",
            "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF"
            """;

    /**
     * A thesis T supported by argument a1 (premises p1, p2 in its box) and attacked by claim c, itself supported by
     * argument a2 (premise p3). As the browser sends it: the arguments are compounds, every edge is at the top level
     * and joins the outermost boxes (the argument box → its conclusion).
     */
    static final String ESSAY_IN_SMALL = """
            {"id": "root", "layoutOptions": {%s, "algorithm": "layered", "aspectRatio": 1.6,
              "elk.hierarchyHandling": "SEPARATE_CHILDREN"},
             "children": [
              {"id": "T", "width": 230, "height": 40,
               "layoutOptions": {"elk.layered.layering.layerConstraint": "LAST"}},
              {"id": "c", "width": 230, "height": 56, "layoutOptions": {}},
              {"id": "a1", "layoutOptions": {%s, "elk.padding": "[top=10,left=10,bottom=10,right=10]"},
               "children": [
                 {"id": "p1", "width": 230, "height": 40, "layoutOptions": {}},
                 {"id": "p2", "width": 230, "height": 72, "layoutOptions": {}}]},
              {"id": "a2", "layoutOptions": {%s, "elk.padding": "[top=10,left=10,bottom=10,right=10]"},
               "children": [{"id": "p3", "width": 230, "height": 40, "layoutOptions": {}}]}],
             "edges": [
              {"id": "proxy:a1>T", "source": "a1", "target": "T"},
              {"id": "e-att", "source": "c", "target": "T"},
              {"id": "proxy:a2>c", "source": "a2", "target": "c"}]}
            """.formatted(LAYERED, LAYERED, LAYERED);

    private final ArgumentMapLayout layout = new ArgumentMapLayout();

    @AfterEach
    void stop() {
        layout.destroy();
    }

    @Test
    void theConclusionSitsAboveItsPremises_andThePremisesInsideTheirArgumentsBox() {
        Map<String, Box> boxes = boxes(layout.layOut(ESSAY_IN_SMALL));

        Box thesis = boxes.get("T");
        Box a1 = boxes.get("a1");
        Box a2 = boxes.get("a2");
        Box attacker = boxes.get("c");
        // y grows downwards: the thesis's bottom edge is above the top of the argument for it and of its attacker.
        assertThat(thesis.bottom()).isLessThanOrEqualTo(a1.top());
        assertThat(thesis.bottom()).isLessThanOrEqualTo(attacker.top());
        // A sub-argument lands below the claim it supports.
        assertThat(attacker.bottom()).isLessThanOrEqualTo(a2.top());
        // Premises inside their argument's box, with its 10 px padding, and not overlapping.
        for (String premise : List.of("p1", "p2")) {
            Box p = boxes.get(premise);
            assertThat(p.left()).isGreaterThanOrEqualTo(a1.left() + 10);
            assertThat(p.right()).isLessThanOrEqualTo(a1.right() - 10);
            assertThat(p.top()).isGreaterThanOrEqualTo(a1.top() + 10);
            assertThat(p.bottom()).isLessThanOrEqualTo(a1.bottom() - 10);
        }
        assertThat(boxes.get("p1").overlaps(boxes.get("p2"))).isFalse();
        assertThat(boxes.get("p3").left()).isGreaterThanOrEqualTo(a2.left() + 10);
        assertThat(boxes.get("p3").bottom()).isLessThanOrEqualTo(a2.bottom() - 10);
        // The sizes measured by the browser are kept.
        assertThat(boxes.get("p2").width()).isEqualTo(230);
        assertThat(boxes.get("p2").height()).isEqualTo(72);
    }

    @Test
    void anUnchangedGraphIsLaidOutOnce_andASecondVisitorGetsTheSameLayout() {
        String first = layout.layOut(ESSAY_IN_SMALL);
        String second = layout.layOut(ESSAY_IN_SMALL);

        assertThat(second).isEqualTo(first);
        assertThat(layout.computations()).isEqualTo(1);

        layout.layOut(ESSAY_IN_SMALL.replace("\"height\": 72", "\"height\": 88"));
        assertThat(layout.computations()).isEqualTo(2);
    }

    @Test
    void visitorsAskingAtOnceWaitForOneComputation() {
        List<CompletableFuture<ArgumentMapLayout.Outcome>> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) asked.add(layout.layOutAsync(ESSAY_IN_SMALL));

        assertThat(asked.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(asked.getFirst().join().positions()).contains("\"id\":\"p3\"");
        assertThat(layout.computations()).isEqualTo(1);
    }

    @Test
    void aGraphTooLargeIsRefused_soTheBrowserLaysItOutItself() {
        StringBuilder children = new StringBuilder();
        for (int i = 0; i <= ArgumentMapLayout.MAX_NODES; i++) {
            if (i > 0) children.append(',');
            children.append("{\"id\":\"n").append(i).append("\",\"width\":10,\"height\":10}");
        }
        String tooLarge = "{\"id\":\"root\",\"children\":[" + children + "],\"edges\":[]}";

        assertThatThrownBy(() -> layout.layOut(tooLarge))
                .isInstanceOf(ArgumentMapLayout.Refused.class)
                .hasMessage("4001 boxes, more than 4000");
        assertThatThrownBy(() -> layout.layOut("{\"id\": \"root\", \"children\": [{\"width\": 1}]"))
                .isInstanceOf(ArgumentMapLayout.Refused.class)
                .hasMessageStartingWith("not an ELK graph");
        // Refused again without laying out again.
        assertThatThrownBy(() -> layout.layOut(tooLarge)).isInstanceOf(ArgumentMapLayout.Refused.class);
        assertThat(layout.computations()).isEqualTo(2);
    }

    record Box(double left, double top, double width, double height) {
        double right() {
            return left + width;
        }

        double bottom() {
            return top + height;
        }

        boolean overlaps(Box other) {
            return left < other.right() && other.left < right() && top < other.bottom() && other.top < bottom();
        }
    }

    /** Every box at its absolute place: ELK gives each box's corner within its parent box. */
    static Map<String, Box> boxes(String laidOut) {
        Map<String, Box> boxes = new HashMap<>();
        collect(JSON.readTree(laidOut), 0, 0, boxes);
        return boxes;
    }

    private static void collect(JsonNode box, double x, double y, Map<String, Box> boxes) {
        for (JsonNode child : box.path("children")) {
            double left = x + child.get("x").asDouble();
            double top = y + child.get("y").asDouble();
            boxes.put(
                    child.get("id").asString(),
                    new Box(
                            left,
                            top,
                            child.get("width").asDouble(),
                            child.get("height").asDouble()));
            collect(child, left, top, boxes);
        }
    }
}
