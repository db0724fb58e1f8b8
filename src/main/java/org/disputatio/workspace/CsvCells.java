package org.disputatio.workspace;

import java.util.List;

/**
 * Cells and rows of the workspace's CSV files (RFC 4180, CRLF): the contested table, and the claims and sources
 * exports (issue 14 point 6). One rule for all, so that no export lets a spreadsheet run a claim as a formula.
 */
public final class CsvCells {

    private CsvCells() {}

    /**
     * Quoted when it holds a comma, quote or line break; a leading =, +, - or @ (or a tab or carriage return) is
     * defused with an apostrophe, so a spreadsheet never runs a claim's text as a formula (OWASP's CSV injection).
     */
    public static String cell(String value) {
        String v = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /** One record: the cells, each made safe, joined by commas, ended by CRLF. */
    public static String row(List<String> cells) {
        return String.join(",", cells.stream().map(CsvCells::cell).toList()) + "\r\n";
    }
}
