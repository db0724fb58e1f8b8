package org.disputatio.workspace.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;

/**
 * How the workspace names what people know only by an internal id: an argument by its number among
 * the arguments for its conclusion, a claim by its words, a source by its label. Ids are for the
 * database and the API, never for readers.
 */
final class Names {

    /** Any id of the map in a stored text: claims, arguments, attacks, sources (letters, a dash, digits…). */
    private static final Pattern ID = Pattern.compile("\\b[a-z][a-z0-9]*-[0-9a-z][0-9a-z-]*\\b|\\b[a-z]\\d+\\b");

    private static final int SHORT = 60;

    private Names() {}

    /** "argument 2": its place among the arguments for its conclusion, as the claim panel lists them. */
    static String argument(Workspace w, String argumentId, BiFunction<String, Object[], String> translate) {
        return translate.apply("workspace.path.argument", new Object[] {argumentNumber(w, argumentId)});
    }

    /** 1 for the first argument for its conclusion; 0 when the argument is unknown. */
    static int argumentNumber(Workspace w, String argumentId) {
        return w.argument(argumentId)
                .map(a -> w.argumentsFor(a.conclusion()).stream()
                                .map(MapContent.Argument::id)
                                .toList()
                                .indexOf(argumentId)
                        + 1)
                .orElse(0);
    }

    /** The engine's stand-in for a proponent's own word (ADR 029), whose id starts with this. */
    private static final String PROPONENT = "proponent:";

    /** A source by its label; a proponent's word by the proponent's name. */
    static String source(Workspace w, String sourceId, BiFunction<String, Object[], String> translate) {
        if (!sourceId.startsWith(PROPONENT)) return w.sourceLabel(sourceId);
        String proponentId = sourceId.substring(PROPONENT.length());
        String name = w.map().claims().stream()
                .filter(c ->
                        proponentId.equals(c.proponentId()) && !c.proponent().isBlank())
                .map(MapContent.Claim::proponent)
                .findFirst()
                .orElse("…");
        return translate.apply("workspace.source.proponentWord", new Object[] {name});
    }

    /** A claim's words, cut to a line. */
    static String claimShort(Workspace w, String claimId) {
        String text = w.claim(claimId).map(MapContent.Claim::text).orElse("");
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1).stripTrailing() + "…";
    }

    /**
     * A stored text (a change's summary, written with ids) with every id of this map replaced by what
     * readers know it as. Words that only look like ids stay.
     */
    static String replaceIds(Workspace w, String text, BiFunction<String, Object[], String> translate) {
        Matcher m = ID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            String name;
            if (w.claim(id).isPresent()) {
                name = "« " + claimShort(w, id) + " »";
            } else if (w.argument(id).isPresent()) {
                name = argument(w, id, translate) + " ⇒ « "
                        + claimShort(w, w.argument(id).orElseThrow().conclusion()) + " »";
            } else if (w.source(id).isPresent()) {
                name = w.sourceLabel(id);
            } else if (looksInternal(id)) {
                // Evidence, ratings, contestations: the kind of change already says what it was about.
                name = "";
            } else {
                name = id;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** What every id users' items get looks like: "u-" and ten random letters or digits (evidence.Ids). */
    private static final Pattern GENERATED = Pattern.compile("u-[a-z0-9]{10}");

    /**
     * Generated ids of items users add (evidence "u-…", counter-arguments "a-…", "c-…", "k-…"). A generated
     * id holds no digit about once in 26 (26/36 to the tenth power), so its shape alone decides; the digit
     * test is for the other prefixes, where it keeps hyphenated words ("well-known") as they are.
     */
    private static boolean looksInternal(String id) {
        if (GENERATED.matcher(id).matches()) return true;
        return List.of('a', 'c', 'k', 'u', 'x').contains(id.charAt(0))
                && id.length() > 2
                && id.charAt(1) == '-'
                && id.chars().skip(2).anyMatch(Character::isDigit);
    }
}
