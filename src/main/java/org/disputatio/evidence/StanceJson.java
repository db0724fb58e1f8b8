package org.disputatio.evidence;

import org.disputatio.maps.Stance;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of a stance in the evidence API: "for" or "against". It lives here, not on the enum,
 * because the enum belongs to maps and is shared with the evaluation engine, which stays free of
 * Jackson; and because a wrong stance is invalid input on the field "stance", an evidence concern.
 * Boot registers every Jackson module bean with the application's JsonMapper.
 */
@Component
class StanceJson extends SimpleModule {

    StanceJson() {
        super("disputatio-stance");
        addSerializer(Stance.class, new ValueSerializer<>() {
            @Override
            public void serialize(Stance value, JsonGenerator generator, SerializationContext context) {
                generator.writeString(value.spelling());
            }
        });
        addDeserializer(Stance.class, new ValueDeserializer<>() {
            @Override
            public Stance deserialize(JsonParser parser, DeserializationContext context) {
                String spelling = parser.currentToken() == JsonToken.VALUE_STRING ? parser.getString() : "";
                return Stance.fromSpelling(spelling)
                        .orElseThrow(() -> InvalidInputException.of("stance", "disputatio.stance"));
            }
        });
    }
}
