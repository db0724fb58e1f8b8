package org.disputatio.authoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Files made in the test, for the importer's tests and for anyone who needs a map made from a PDF: PDFs
 * written with PDFBox line by line (so a word hyphenated across lines is really split in the file), with
 * a running header and footer on every page; DOCX files written with POI; and hostile files.
 */
public final class TestDocuments {

    private TestDocuments() {}

    /** The lines of the essay PDF, page by page: hyphenated words ("argu-" / "ment"), curly quotes. */
    public static final List<List<String>> ESSAY_PAGES = List.of(
            List.of(
                    "1. The question",
                    "Everyone agrees that the argu-",
                    "ment from design fails. Hume wrote:",
                    "\u201CThe world is like a machine.\u201D The",
                    "critics\u2019 reply is that the analogy is weak."),
            List.of(
                    "2. The reply",
                    "But a weak analogy still gives some sup-",
                    "port to its conclusion. Paley\u2019s watch",
                    "is the classic example of design."));

    /** The reading text {@link #essayPdf()} becomes. */
    public static final String ESSAY_READING_TEXT = "1. The question\n\n"
            + "Everyone agrees that the argument from design fails. Hume wrote: \u201CThe world is like a machine.\u201D"
            + " The critics\u2019 reply is that the analogy is weak.\n\n"
            + "2. The reply\n\n"
            + "But a weak analogy still gives some support to its conclusion. Paley\u2019s watch is the classic"
            + " example of design.";

    /** A two-page PDF of {@link #ESSAY_PAGES}, each page with a dated header and a numbered footer. */
    public static byte[] essayPdf() {
        return pdf(ESSAY_PAGES, null);
    }

    /** A PDF of these pages; with a password, encrypted so that it cannot be opened without it. */
    public static byte[] pdf(List<List<String>> pages, String password) {
        try (var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            int number = 1;
            for (List<String> lines : pages) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    float top = page.getMediaBox().getHeight() - 40;
                    line(content, font, 40, top, "12/1/26, 4:25 PM     Essay on design");
                    float y = top - 60;
                    for (String line : lines) {
                        line(content, font, 72, y, line);
                        y -= 16;
                    }
                    line(content, font, 40, 30, "file:///tmp/essay.html     " + number + "/" + pages.size());
                }
                number++;
            }
            if (password != null) {
                var policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pages} pages of ordinary prose, for the benchmark: about 3,000 chars each. */
    public static byte[] longPdf(int pages) {
        String sentence = "The argument from design compares the world to a machine made by an engineer. ";
        var all = new java.util.ArrayList<List<String>>();
        for (int p = 0; p < pages; p++) {
            var lines = new java.util.ArrayList<String>();
            for (int l = 0; l < 40; l++) {
                lines.add((p * 40 + l) + " " + sentence.substring(0, 70));
            }
            all.add(lines);
        }
        return pdf(all, null);
    }

    private static void line(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 11);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** A DOCX: paragraphs, where a paragraph starting with "# " is written in the style "heading 1". */
    public static byte[] docx(List<String> paragraphs) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            var styles = document.createStyles();
            CTStyle heading = CTStyle.Factory.newInstance();
            heading.setStyleId("Heading1");
            heading.setType(STStyleType.PARAGRAPH);
            heading.addNewName().setVal("heading 1");
            styles.addStyle(new XWPFStyle(heading, styles));
            for (String text : paragraphs) {
                var paragraph = document.createParagraph();
                if (text.startsWith("# ")) {
                    paragraph.setStyle("Heading1");
                    paragraph.createRun().setText(text.substring(2));
                } else {
                    paragraph.createRun().setText(text);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A DOCX-shaped zip whose document part inflates from a few kilobytes to {@code inflatedBytes}: a zip
     * bomb.
     */
    public static byte[] zipBombDocx(long inflatedBytes) {
        try (var out = new ByteArrayOutputStream();
                var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                            + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\""
                            + " ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\""
                            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
                            + "document.main+xml\"/></Types>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                            + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
                            + " Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                            + "openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes a map from {@link #essayPdf()} as {@code username} would through the new-map form, in English,
     * by "A. Writer"; for tests that need a map made from a PDF (the end-to-end test of issue 12).
     */
    public static org.disputatio.maps.MapId mapFromEssayPdf(TextImport imports, String username, String title) {
        var reading = imports.read(essayPdf(), "essay.pdf");
        return imports.create(reading, new TextImport.Metadata(title, "en", "A. Writer", null), username);
    }

    /** The first bytes of a PNG image. */
    public static byte[] png() {
        return new byte[] {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            6,
            0,
            0,
            0,
            0x1F,
            0x15,
            (byte) 0xC4,
            (byte) 0x89
        };
    }
}
