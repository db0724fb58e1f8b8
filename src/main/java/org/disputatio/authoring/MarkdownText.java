package org.disputatio.authoring;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * The text of a Markdown file, read with CommonMark: markup left out, a paragraph's own line breaks
 * kept (the reading text's rules join them), every {@code #} heading on a line of its own. Raw HTML in
 * the Markdown is left out, since it is markup, not text.
 */
final class MarkdownText extends AbstractVisitor {

    private static final Parser PARSER = Parser.builder().build();

    private final TextBuilder text;

    private MarkdownText(TextBuilder text) {
        this.text = text;
    }

    static ExtractedText read(String markdown, int limit) {
        TextBuilder text = new TextBuilder(limit, true);
        PARSER.parse(markdown).accept(new MarkdownText(text));
        return text.build(TextFormat.MARKDOWN);
    }

    @Override
    public void visit(Heading heading) {
        text.startHeading();
        visitChildren(heading);
        text.endHeading();
    }

    @Override
    public void visit(Paragraph paragraph) {
        text.paragraphBreak();
        visitChildren(paragraph);
        text.paragraphBreak();
    }

    @Override
    public void visit(BlockQuote quote) {
        text.paragraphBreak();
        visitChildren(quote);
        text.paragraphBreak();
    }

    @Override
    public void visit(ListItem item) {
        text.lineBreak();
        visitChildren(item);
        text.lineBreak();
    }

    @Override
    public void visit(Text literal) {
        text.append(literal.getLiteral());
    }

    @Override
    public void visit(Code code) {
        text.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        text.append("\n");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        text.append("\n");
    }

    @Override
    public void visit(FencedCodeBlock code) {
        text.paragraphBreak();
        text.append(code.getLiteral());
        text.paragraphBreak();
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        text.paragraphBreak();
        text.append(code.getLiteral());
        text.paragraphBreak();
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        text.paragraphBreak();
    }

    @Override
    public void visit(HtmlBlock html) {
        // markup, not text
    }

    @Override
    public void visit(HtmlInline html) {
        // markup, not text
    }
}
