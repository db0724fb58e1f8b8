package org.disputatio.backup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file's format, version 1 (schema: {@code /schemas/disputatio-backup-1.schema.json}). Property values
 * are JSON where JSON is unambiguous (text, whole numbers as Neo4j integers, numbers with a fraction or exponent as
 * floats, booleans, lists); every other Neo4j type is an object {@code {"$type": …}}: {@code bytes} (base64),
 * {@code date}, {@code time}, {@code localtime}, {@code datetime}, {@code localdatetime} (ISO-8601 text),
 * {@code duration} (months, days, seconds, nanoseconds), {@code point} (srid, x, y, optional z) and {@code float}
 * for NaN and the infinities, which JSON cannot write.
 */
public final class BackupFormat {

    static final String FORMAT = "disputatio-backup";
    static final int VERSION = 1;
    /** Where the schema is served (static/schemas): the API description refers to it for a restore's body. */
    public static final String SCHEMA = "/schemas/disputatio-backup-1.schema.json";

    /** The migration tool's own nodes (__Neo4jMigration, __Neo4jMigrationsLock): each database keeps its own. */
    static final String MIGRATION_LABEL_PREFIX = "__Neo4jMigration";

    // A map's original file (10 MB) is about 14 million characters of base64; texts reach 2 million.
    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(512 * 1024 * 1024)
                            .build())
                    .build())
            .build();

    private BackupFormat() {}

    static void write(JsonGenerator out, Value value) {
        Object object = value.asObject();
        if (object instanceof List<?>) {
            out.writeStartArray();
            for (Value element : value.values()) {
                write(out, element);
            }
            out.writeEndArray();
            return;
        }
        writeScalar(out, object);
    }

    private static void writeScalar(JsonGenerator out, Object object) {
        switch (object) {
            case String s -> out.writeString(s);
            case Boolean b -> out.writeBoolean(b);
            case Long l -> out.writeNumber(l);
            case Double d when d.isNaN() || d.isInfinite() -> typed(out, "float", d.toString());
            case Double d -> out.writeNumber(d);
            case byte[] bytes -> typed(out, "bytes", Base64.getEncoder().encodeToString(bytes));
            case LocalDate d -> typed(out, "date", d.toString());
            case OffsetTime t -> typed(out, "time", t.toString());
            case LocalTime t -> typed(out, "localtime", t.toString());
            case ZonedDateTime t -> typed(out, "datetime", t.toString());
            case LocalDateTime t -> typed(out, "localdatetime", t.toString());
            case IsoDuration d -> {
                out.writeStartObject();
                out.writeStringProperty("$type", "duration");
                out.writeNumberProperty("months", d.months());
                out.writeNumberProperty("days", d.days());
                out.writeNumberProperty("seconds", d.seconds());
                out.writeNumberProperty("nanoseconds", d.nanoseconds());
                out.writeEndObject();
            }
            case Point p -> {
                out.writeStartObject();
                out.writeStringProperty("$type", "point");
                out.writeNumberProperty("srid", p.srid());
                out.writeNumberProperty("x", p.x());
                out.writeNumberProperty("y", p.y());
                if (!Double.isNaN(p.z())) out.writeNumberProperty("z", p.z());
                out.writeEndObject();
            }
            default -> throw new IllegalStateException("A property of an unexpected type: " + object.getClass());
        }
    }

    private static void typed(JsonGenerator out, String type, String value) {
        out.writeStartObject();
        out.writeStringProperty("$type", type);
        out.writeStringProperty("value", value);
        out.writeEndObject();
    }

    /** Reads the value at the parser's current token, for the driver; the parser ends on its last token. */
    static Object read(JsonParser in, Position at) {
        JsonToken token = in.currentToken();
        return switch (token) {
            case VALUE_STRING -> in.getString();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> {
                if (in.getNumberType() != JsonParser.NumberType.INT
                        && in.getNumberType() != JsonParser.NumberType.LONG) {
                    throw at.invalid("a whole number beyond Neo4j's 64-bit integers");
                }
                yield in.getLongValue();
            }
            case VALUE_NUMBER_FLOAT -> in.getDoubleValue();
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                int i = 0;
                while (in.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(in, at.index(i++)));
                }
                yield list;
            }
            case START_OBJECT -> readTyped(in, at);
            case null -> throw at.invalid("a property value, but the file ends");
            default -> throw at.invalid("a property value (text, number, boolean, list or {\"$type\":…})");
        };
    }

    private static Object readTyped(JsonParser in, Position at) {
        String type = null;
        String text = null;
        long months = 0, days = 0, seconds = 0, nanos = 0;
        Integer srid = null;
        double x = Double.NaN, y = Double.NaN, z = Double.NaN;
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            JsonToken token = in.nextToken();
            Position field = at.field(name);
            switch (name) {
                case "$type" -> type = text(in, field);
                case "value" -> text = text(in, field);
                case "months" -> months = whole(in, field);
                case "days" -> days = whole(in, field);
                case "seconds" -> seconds = whole(in, field);
                case "nanoseconds" -> nanos = whole(in, field);
                case "srid" -> srid = (int) whole(in, field);
                case "x" -> x = number(in, field);
                case "y" -> y = number(in, field);
                case "z" -> z = number(in, field);
                default -> throw field.invalid("no property '" + name + "' in a typed value");
            }
            if (token == null) throw field.invalid("a value");
        }
        if (type == null) throw at.invalid("a typed value with its \"$type\"");
        try {
            return switch (type) {
                case "bytes" -> Base64.getDecoder().decode(required(text, at));
                case "date" -> LocalDate.parse(required(text, at));
                case "time" -> OffsetTime.parse(required(text, at));
                case "localtime" -> LocalTime.parse(required(text, at));
                case "datetime" -> ZonedDateTime.parse(required(text, at));
                case "localdatetime" -> LocalDateTime.parse(required(text, at));
                case "float" -> Double.valueOf(required(text, at));
                case "duration" ->
                    Values.isoDuration(months, days, seconds, (int) nanos).asIsoDuration();
                case "point" -> {
                    if (srid == null) throw at.invalid("a point with its srid");
                    yield Double.isNaN(z)
                            ? Values.point(srid, x, y).asPoint()
                            : Values.point(srid, x, y, z).asPoint();
                }
                default -> throw at.field("$type").invalid("a known type, not '" + type + "'");
            };
        } catch (DateTimeParseException | IllegalArgumentException e) {
            if (e instanceof BackupFileException b) throw b;
            throw at.invalid("a valid " + type + ": " + e.getMessage());
        }
    }

    private static String required(String text, Position at) {
        if (text == null) throw at.invalid("a typed value with its \"value\"");
        return text;
    }

    private static String text(JsonParser in, Position at) {
        if (in.currentToken() != JsonToken.VALUE_STRING) throw at.invalid("text");
        return in.getString();
    }

    private static long whole(JsonParser in, Position at) {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) throw at.invalid("a whole number");
        return in.getLongValue();
    }

    private static double number(JsonParser in, Position at) {
        if (!in.currentToken().isNumeric()) throw at.invalid("a number");
        return in.getDoubleValue();
    }

    /** Where the reader is: the parser's line and column and the JSON path, for the errors it raises. */
    record Position(JsonParser in, String path) {
        Position field(String name) {
            return new Position(in, path.isEmpty() ? name : path + "." + name);
        }

        Position index(long i) {
            return new Position(in, path + "[" + i + "]");
        }

        BackupFileException invalid(String expected) {
            var location = in.currentLocation();
            return new BackupFileException(
                    "Expected " + expected + " at " + (path.isEmpty() ? "the top" : path) + " (line "
                            + location.getLineNr() + ", column " + location.getColumnNr() + ").",
                    location.getLineNr(),
                    location.getColumnNr(),
                    path,
                    false);
        }
    }
}
