package org.disputatio.authoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML Tika makes of a PDF, DOCX or HTML file into text: block elements break lines, h1–h6
 * are headings (DOCX heading styles arrive as h1–h6 too), each PDF page ends with a form feed, and the
 * document's head, scripts and styles are left out.
 */
final class XhtmlText extends DefaultHandler {

    private final TextBuilder text;
    private final Deque<Boolean> divIsPage = new ArrayDeque<>();
    private int skipped;

    XhtmlText(TextBuilder text) {
        this.text = text;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "head", "title", "script", "style", "noscript", "template" -> skipped++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> text.startHeading();
            case "p" -> {
                if (!text.keepsLineBreaks()) {
                    text.paragraphBreak();
                }
            }
            case "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header", "footer" ->
                text.paragraphBreak();
            case "li", "tr", "dt", "dd", "caption" -> text.lineBreak();
            case "div" -> {
                divIsPage.push("page".equals(attributes.getValue("class")));
                text.lineBreak();
            }
            case "br" -> text.lineBreak();
            case "td", "th" -> text.append(" ");
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "head", "title", "script", "style", "noscript", "template" -> skipped--;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> text.endHeading();
            case "p" -> {
                if (text.keepsLineBreaks()) {
                    text.pdfParagraphEnd();
                } else {
                    text.paragraphBreak();
                }
            }
            case "blockquote", "pre", "table", "ul", "ol", "dl", "section", "article", "header", "footer" ->
                text.paragraphBreak();
            case "li", "tr", "dt", "dd", "caption" -> text.lineBreak();
            case "div" -> {
                if (!divIsPage.isEmpty() && divIsPage.pop()) {
                    text.pageBreak();
                } else {
                    text.lineBreak();
                }
            }
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (skipped == 0) {
            text.append(java.nio.CharBuffer.wrap(ch, start, length));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    private static String name(String localName, String qName) {
        return (localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
    }
}
