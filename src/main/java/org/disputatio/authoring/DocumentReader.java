package org.disputatio.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.disputatio.authoring.ImportRefusedException.Reason;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * Reads a file's text: plain text (strict UTF-8), Markdown (CommonMark), HTML, PDF and DOCX (Apache
 * Tika, which brings PDFBox and POI). The type comes from the bytes, with the file name only as a hint,
 * so a file named {@code .pdf} that is an image is refused as an image. Anything that cannot be read
 * becomes an {@link ImportRefusedException} that says why.
 */
final class DocumentReader {

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    DocumentReader(int maxChars) {
        this.maxChars = maxChars;
    }

    ExtractedText read(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ImportRefusedException(Reason.UNREADABLE, "file", "The file '" + fileName + "' is empty.");
        }
        TextFormat format = detect(bytes, fileName);
        return switch (format) {
            case PLAIN_TEXT -> plain(utf8(bytes, fileName));
            case MARKDOWN -> markdown(utf8(bytes, fileName));
            case HTML, PDF, DOCX -> tika(bytes, fileName, format);
        };
    }

    /** A pasted text: plain text, as it is. */
    ExtractedText plain(String text) {
        if (text.length() > maxChars) {
            throw tooLong(text.length());
        }
        return new ExtractedText(TextFormat.PLAIN_TEXT, text, java.util.List.of());
    }

    private ExtractedText markdown(String markdown) {
        try {
            return MarkdownText.read(markdown, maxChars);
        } catch (TextBuilder.TooLong e) {
            throw tooLong(-1);
        }
    }

    TextFormat detect(byte[] bytes, String fileName) {
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type;
        try (InputStream in = TikaInputStream.get(bytes)) {
            type = parser.getDetector().detect(in, metadata);
        } catch (IOException e) {
            throw new ImportRefusedException(
                    Reason.UNREADABLE, "file", "The file '" + fileName + "' could not be read.", e);
        }
        String base = type.getBaseType().toString();
        String lowerName = fileName.toLowerCase(Locale.ROOT);
        return switch (base) {
            case "application/pdf" -> TextFormat.PDF;
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> TextFormat.DOCX;
            case "text/html", "application/xhtml+xml" -> TextFormat.HTML;
            case "text/markdown", "text/x-web-markdown", "text/x-markdown" -> TextFormat.MARKDOWN;
            default -> {
                if (base.startsWith("text/") && !base.equals("text/rtf")) {
                    yield lowerName.endsWith(".md") || lowerName.endsWith(".markdown")
                            ? TextFormat.MARKDOWN
                            : TextFormat.PLAIN_TEXT;
                }
                throw new ImportRefusedException(
                        Reason.UNSUPPORTED,
                        "file",
                        "The file '" + fileName + "' is " + base
                                + "; a map can be made from plain text (UTF-8), Markdown, HTML, PDF or DOCX.");
            }
        };
    }

    private ExtractedText tika(byte[] bytes, String fileName, TextFormat format) {
        TextBuilder text = new TextBuilder(maxChars, format == TextFormat.PDF);
        var metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, new XhtmlText(text), metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new ImportRefusedException(
                    Reason.UNREADABLE,
                    "file",
                    "The file '" + fileName + "' is encrypted (password-protected): save a copy without the"
                            + " password and upload that.",
                    e);
        } catch (ZeroByteFileException e) {
            throw new ImportRefusedException(Reason.UNREADABLE, "file", "The file '" + fileName + "' is empty.", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (has(e, TextBuilder.TooLong.class)) {
                throw tooLong(-1);
            }
            // Tika's SecureContentHandler ("Suspected zip bomb") and POI's ZipSecureFile ("Zip bomb detected!").
            if (mentions(e, "zip bomb")) {
                throw new ImportRefusedException(
                        Reason.UNREADABLE,
                        "file",
                        "The file '" + fileName + "' expands to far more than its size (a zip bomb?);"
                                + " it was not read.",
                        e);
            }
            throw new ImportRefusedException(
                    Reason.UNREADABLE,
                    "file",
                    "The file '" + fileName + "' could not be read as " + label(format) + ": it is damaged or"
                            + " not what its name says.",
                    e);
        }
        return text.build(format);
    }

    private String utf8(byte[] bytes, String fileName) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int at = firstMalformed(bytes);
            throw new ImportRefusedException(
                    Reason.UNREADABLE,
                    "file",
                    "The file '" + fileName + "' is not UTF-8 text (invalid bytes at byte " + at
                            + "): save it as UTF-8 and upload it again.",
                    e);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException(
                    Reason.UNREADABLE, "file", "The file '" + fileName + "' is not UTF-8 text.", e);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new ImportRefusedException(
                    Reason.UNSUPPORTED, "file", "The file '" + fileName + "' holds binary data (NUL chars), not text.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static int firstMalformed(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private ImportRefusedException tooLong(int length) {
        return new ImportRefusedException(
                Reason.TOO_LARGE,
                "text",
                "The text is " + (length >= 0 ? length + " chars long" : "longer than that") + "; a map's text"
                        + " may have at most " + maxChars + " chars. Split it into several maps.");
    }

    private static String label(TextFormat format) {
        return switch (format) {
            case PDF -> "PDF";
            case DOCX -> "DOCX";
            case HTML -> "HTML";
            case MARKDOWN -> "Markdown";
            case PLAIN_TEXT -> "text";
        };
    }

    private static boolean has(Throwable e, Class<?> type) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(Throwable e, String words) {
        for (@Nullable Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }
}
