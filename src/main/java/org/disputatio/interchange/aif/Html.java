package org.disputatio.interchange.aif;

import java.util.regex.Pattern;

/**
 * OVA keeps the analysed text as HTML (line breaks as {@code <br>}, locutions as {@code <span>}s): plain text to
 * it and back.
 */
final class Html {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p>|</div>");
    private static final Pattern TAG = Pattern.compile("<[^>]{0,2000}>");

    private Html() {}

    static String of(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\n", "<br>");
    }

    static String text(String html) {
        String plain = TAG.matcher(BREAK.matcher(html).replaceAll("\n")).replaceAll("");
        return plain.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
