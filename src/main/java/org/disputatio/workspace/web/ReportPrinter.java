package org.disputatio.workspace.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Lays the report's XHTML out as PDF with OpenHTMLtoPDF (PDFBox 3) on the server, so every reader gets the same
 * file without a browser's print dialog (ADR 045). The font is Liberation Sans, which PDFBox ships in its jar
 * (SIL Open Font License): embedded, it covers the essays' accents, Cyrillic names and the arrow of "before → after",
 * which the PDF base fonts lack.
 */
final class ReportPrinter {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private ReportPrinter() {}

    static byte[] pdf(String xhtml, String title) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(ReportPrinter::font, "Liberation Sans");
            builder.withHtmlContent(xhtml, null);
            builder.withProducer("Disputatio");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The report of '" + title + "' could not be printed.", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return Objects.requireNonNull(
                ReportPrinter.class.getResourceAsStream(FONT),
                "PDFBox's Liberation Sans is missing from the classpath");
    }
}
