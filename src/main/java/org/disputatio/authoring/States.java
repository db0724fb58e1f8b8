package org.disputatio.authoring;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The state before a change, as the JSON the change log keeps for undo. */
final class States {

    static final String NONE = "{}";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private States() {}

    static String json(Map<String, ?> state) {
        return JSON.writeValueAsString(state);
    }

    static Map<String, Object> parse(String json) {
        return JSON.readValue(json, MAP);
    }
}
