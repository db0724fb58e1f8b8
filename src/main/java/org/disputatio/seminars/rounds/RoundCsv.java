package org.disputatio.seminars.rounds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A closed round's results as one CSV table (RFC 4180, CRLF line ends): the first column says what a row is —
 * {@code rating} (one per item and user), {@code item} (the item's alpha on each scale) or {@code round} (the
 * round's alpha) — so a spreadsheet can filter it and a script can split it. Alpha has four decimals; an
 * undefined alpha is empty, with the reason in the interpretation column ("undefined: no-variation").
 */
final class RoundCsv {

    private RoundCsv() {}

    static String write(Round round, List<RoundRating> ratings, RoundResults results) {
        List<RoundKind.Scale> scales = round.kind().scales();
        var out = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("row", "item_id", "user"));
        scales.forEach(s -> header.add(s.apiName()));
        scales.forEach(s -> {
            header.add("alpha_" + s.apiName());
            header.add("interpretation_" + s.apiName());
        });
        line(out, header);
        for (RoundRating r : ratings) {
            List<String> cells = new ArrayList<>(List.of("rating", r.itemId(), r.user()));
            scales.forEach(s -> cells.add(orEmpty(r.category(s))));
            scales.forEach(s -> {
                cells.add("");
                cells.add("");
            });
            line(out, cells);
        }
        for (String item : round.items()) {
            List<String> cells = new ArrayList<>(List.of("item", item, ""));
            scales.forEach(s -> cells.add(""));
            for (RoundKind.Scale s : scales) {
                var result = results.item(s, item);
                if (result == null) {
                    cells.add("");
                    cells.add("");
                } else {
                    cells.add(number(result.alpha()));
                    cells.add(interpretation(result.interpretation(), result.reason()));
                }
            }
            line(out, cells);
        }
        List<String> cells = new ArrayList<>(List.of("round", "", ""));
        scales.forEach(s -> cells.add(""));
        for (RoundKind.Scale s : scales) {
            var result = results.scales().get(s.apiName());
            cells.add(number(result == null ? null : result.alpha()));
            cells.add(result == null ? "" : interpretation(result.interpretation(), result.reason()));
        }
        line(out, cells);
        return out.toString();
    }

    private static String interpretation(String interpretation, @Nullable String reason) {
        return reason == null ? interpretation : interpretation + ": " + reason;
    }

    private static String number(@Nullable Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * Quotes a cell that needs it, and defuses one a spreadsheet would run as a formula (a user name starting with
     * "=", "+", "-" or "@") with a leading apostrophe.
     */
    private static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?[0-9.]+")) v = "'" + v;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
