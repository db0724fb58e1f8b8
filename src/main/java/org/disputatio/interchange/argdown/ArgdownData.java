package org.disputatio.interchange.argdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disputatio.interchange.InterchangeFileException;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML data of an Argdown file: the front matter between {@code ===} lines and the flow mappings
 * {@code {…}} after statements, arguments and headings. Written so that Argdown's lexer cannot end a data
 * block early: its pattern stops at a {@code }} followed by a space and text, and the front matter's at any
 * {@code =}, so strings are double-quoted with those characters (and every control character) escaped.
 */
final class ArgdownData {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private ArgdownData() {}

    /** {@code value} as YAML flow: maps, lists, strings, numbers, booleans and null. */
    static String flow(@Nullable Object value) {
        var out = new StringBuilder();
        flow(value, out);
        return out.toString();
    }

    private static void flow(@Nullable Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (var e : map.entrySet()) {
                    if (!first) out.append(", ");
                    first = false;
                    String key = String.valueOf(e.getKey());
                    if (PLAIN_KEY.matcher(key).matches()) out.append(key);
                    else quoted(key, out);
                    out.append(": ");
                    flow(e.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) out.append(", ");
                    flow(list.get(i), out);
                }
                out.append(']');
            }
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            default -> quoted(value.toString(), out);
        }
    }

    private static void quoted(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20
                            || (c >= 0x7f && c <= 0x9f)
                            || c == '{'
                            || c == '}'
                            || c == '='
                            || c == '\u2028'
                            || c == '\u2029'
                            || c == '\ufeff') {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Loads YAML; a file's syntax error names the line it starts at (1-based). */
    static @Nullable Object load(String yaml, int line) {
        var settings = LoadSettings.builder()
                .setCodePointLimit(64 * 1024 * 1024)
                .setMaxAliasesForCollections(10)
                .setAllowDuplicateKeys(false)
                .build();
        try {
            return new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InterchangeFileException(
                    "line " + line, "The YAML data is not valid: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** A YAML mapping read with checked types: a wrong type is a fault of the file, named by its line. */
    record Fields(Map<String, Object> values, int line) {

        static Fields of(@Nullable Object value, int line, String what) {
            if (value == null) return new Fields(Map.of(), line);
            if (!(value instanceof Map<?, ?> map)) {
                throw new InterchangeFileException("line " + line, what + " must be a YAML mapping {key: value}.");
            }
            Map<String, Object> values = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) values.put(String.valueOf(k), v);
            });
            return new Fields(values, line);
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        @Nullable
        String text(String key) {
            Object v = values.get(key);
            if (v == null) return null;
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw new InterchangeFileException(
                        "line " + line, "'" + key + "' must be a text, not " + kind(v) + ".");
            }
            return String.valueOf(v);
        }

        String text(String key, String fallback) {
            String v = text(key);
            return v == null ? fallback : v;
        }

        @Nullable
        Integer integer(String key) {
            Object v = values.get(key);
            if (v == null) return null;
            if (v instanceof Integer i) return i;
            if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) return l.intValue();
            throw new InterchangeFileException("line " + line, "'" + key + "' must be a whole number.");
        }

        int integer(String key, int fallback) {
            Integer v = integer(key);
            return v == null ? fallback : v;
        }

        List<Fields> list(String key) {
            Object v = values.get(key);
            if (v == null) return List.of();
            if (!(v instanceof List<?> items)) {
                throw new InterchangeFileException("line " + line, "'" + key + "' must be a list [ … ].");
            }
            List<Fields> out = new ArrayList<>();
            for (Object item : items) out.add(Fields.of(item, line, "An item of '" + key + "'"));
            return out;
        }

        List<String> texts(String key) {
            Object v = values.get(key);
            if (v == null) return List.of();
            if (!(v instanceof List<?> items)) {
                throw new InterchangeFileException("line " + line, "'" + key + "' must be a list [ … ].");
            }
            List<String> out = new ArrayList<>();
            for (Object item : items) {
                if (item == null || item instanceof Map<?, ?> || item instanceof List<?>) {
                    throw new InterchangeFileException("line " + line, "'" + key + "' must be a list of texts.");
                }
                out.add(String.valueOf(item));
            }
            return out;
        }

        Fields fields(String key) {
            return of(values.get(key), line, "'" + key + "'");
        }

        private static String kind(Object v) {
            return v instanceof Map<?, ?> ? "a mapping" : "a list";
        }
    }
}
