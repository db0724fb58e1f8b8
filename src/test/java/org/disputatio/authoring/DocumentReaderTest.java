package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disputatio.authoring.ImportRefusedException.Reason;
import org.disputatio.maps.Anchoring;
import org.disputatio.maps.Section;
import org.disputatio.maps.TextRange;
import org.junit.jupiter.api.Test;

/** Each kind of file the new-map form reads, and the files it must refuse, made in the test. */
class DocumentReaderTest {

    // Reading needs neither the catalog nor the change log.
    final TextImport imports = new TextImport(null, null);

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static List<String> headings(TextImport.Reading r) {
        return r.sections().stream().map(Section::heading).toList();
    }

    @Test
    void plainText_keepsTheFileByteForByte_andMapsReadingOffsetsBackToIt() {
        byte[] file =
                utf8("Le monde est une machine.\nLes critiques\u2019 r\u00E9ponse est faible.\n\n\u00C7a suffit.\n");
        var r = imports.read(file, "essai.txt");

        assertThat(r.format()).isEqualTo(TextFormat.PLAIN_TEXT);
        assertThat(r.file().bytes()).isEqualTo(file);
        assertThat(r.file().sha256()).isEqualTo(TextImport.sha256(file)).hasSize(64);
        assertThat(r.reading().text())
                .isEqualTo("Le monde est une machine. Les critiques\u2019 r\u00E9ponse est faible.\n\n\u00C7a suffit.");
        int at = r.reading().text().indexOf("\u00C7a");
        assertThat(r.reading().original().substring(r.reading().originalOffset(at)))
                .startsWith("\u00C7a suffit.");
        assertThat(r.languageGuess()).isEqualTo("fr");
    }

    @Test
    void markdown_headingsBecomeSections_andMarkupIsLeftOut() {
        var r = imports.read(
                utf8("Intro text.\n\n# The *question*\n\nSome **bold** claim\nacross lines.\n\n## A `reply`\n\n"
                        + "- one item\n- two items\n"),
                "notes.md");

        assertThat(r.format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(r.reading().text())
                .isEqualTo(
                        "Intro text.\n\nThe question\n\nSome bold claim across lines.\n\nA reply\n\none item\n\ntwo items");
        assertThat(r.sections())
                .extracting(s -> s.id().value(), Section::heading)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("preface", null),
                        org.assertj.core.groups.Tuple.tuple("1", "The question"),
                        org.assertj.core.groups.Tuple.tuple("2", "A reply"));
        assertThat(r.languageGuess()).isEqualTo("en");
    }

    @Test
    void html_headingsBecomeSections_scriptsAndHeadAreLeftOut() {
        var r = imports.read(
                utf8("<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>"
                        + "<h1>On design</h1>\n  <p>The world is\n   like a machine.</p>\n\n\n <script>alert(1)</script>"
                        + "<h2>Objection</h2><p>It is not.</p></body></html>"),
                "page.html");

        assertThat(r.format()).isEqualTo(TextFormat.HTML);
        assertThat(r.reading().text())
                .isEqualTo("On design\n\nThe world is like a machine.\n\nObjection\n\nIt is not.");
        assertThat(headings(r)).containsExactly("On design", "Objection");
    }

    @Test
    void docx_headingStylesBecomeSections() {
        var r = imports.read(
                TestDocuments.docx(List.of("# First part", "A claim here.", "# Second part", "Another claim.")),
                "essay.docx");

        assertThat(r.format()).isEqualTo(TextFormat.DOCX);
        assertThat(r.reading().text()).isEqualTo("First part\n\nA claim here.\n\nSecond part\n\nAnother claim.");
        assertThat(headings(r)).containsExactly("First part", "Second part");
    }

    @Test
    void pdf_dropsRunningHeadersAndFooters_joinsHyphenatedWords_keepsCurlyQuotes_numberedHeadingsAreSections() {
        var r = imports.read(TestDocuments.essayPdf(), "essay.pdf");

        assertThat(r.format()).isEqualTo(TextFormat.PDF);
        assertThat(r.reading().text()).isEqualTo(TestDocuments.ESSAY_READING_TEXT);
        assertThat(headings(r)).containsExactly("1. The question", "2. The reply");
        // Every reading char maps back to the same char of the extracted text (quotes, letters of joined words).
        String text = r.reading().text();
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                assertThat(r.reading().original().charAt(r.reading().originalOffset(i)))
                        .as("char %d", i)
                        .isEqualTo(text.charAt(i));
            }
        }
    }

    @Test
    void aQuoteTypedWithStraightQuotes_isAnchoredInTheCurlyText() {
        var r = imports.read(TestDocuments.essayPdf(), "essay.pdf");

        var anchor = new Anchoring(r.reading()).anchor("\"The world is like a machine.\" The critics' reply");

        assertThat(anchor.quote().exact())
                .isEqualTo("\u201CThe world is like a machine.\u201D The critics\u2019 reply");
        assertThat(new TextRange(anchor.position().start(), anchor.position().end())
                        .of(r.reading().text()))
                .isEqualTo(anchor.quote().exact());
    }

    @Test
    void ligaturesSoftHyphensAndFormFeeds_inAPlainText() {
        var r = imports.read(utf8("The \uFB01rst e\uFB00ect is de\u00ADcisive\n\fand it \uFB02ows."), "pdftotext.txt");

        assertThat(r.reading().text()).isEqualTo("The first effect is decisive and it flows.");
        int fi = r.reading().text().indexOf("first");
        assertThat(r.reading().originalOffset(fi + 1)).isEqualTo(r.reading().originalOffset(fi));
    }

    @Test
    void aCompoundTheTextWritesWithAHyphen_keepsItAcrossALineBreak() {
        var r = imports.read(utf8("A well-known fact is well-\nknown, and an argu-\nment is made."), "t.txt");

        assertThat(r.reading().text()).isEqualTo("A well-known fact is well-known, and an argument is made.");
    }

    @Test
    void encryptedPdf_isRefusedSayingSo() {
        assertThatThrownBy(() -> imports.read(TestDocuments.pdf(TestDocuments.ESSAY_PAGES, "secret"), "locked.pdf"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).contains("'locked.pdf' is encrypted");
                });
    }

    @Test
    void damagedPdf_isRefused() {
        byte[] pdf = TestDocuments.essayPdf();
        byte[] damaged = java.util.Arrays.copyOf(pdf, 400);
        assertThatThrownBy(() -> imports.read(damaged, "cut.pdf"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).startsWith("The file 'cut.pdf' ");
                });
    }

    @Test
    void zipBombDocx_isRefusedWithoutInflatingIt() {
        byte[] bomb = TestDocuments.zipBombDocx(200L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThatThrownBy(() -> imports.read(bomb, "bomb.docx"))
                .isInstanceOfSatisfying(
                        ImportRefusedException.class,
                        e -> assertThat(e.reason()).isIn(Reason.UNREADABLE, Reason.TOO_LARGE));
    }

    @Test
    void anImageNamedPdf_isRefusedAsAnImage() {
        assertThatThrownBy(() -> imports.read(TestDocuments.png(), "essay.pdf"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED);
                    assertThat(e.getMessage()).contains("is image/png");
                });
    }

    @Test
    void invalidUtf8_isRefusedNamingTheByte() {
        assertThatThrownBy(() -> imports.read(new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'}, "latin.txt"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).contains("not UTF-8 text (invalid bytes at byte 2)");
                });
    }

    @Test
    void emptyFilesAndBlankTexts_areRefused() {
        assertThatThrownBy(() -> imports.read(new byte[0], "empty.txt")).hasMessage("The file 'empty.txt' is empty.");
        assertThatThrownBy(() -> imports.read(" \n\n\t ")).isInstanceOfSatisfying(ImportRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
            assertThat(e.field()).isEqualTo("text");
            assertThat(e.getMessage()).isEqualTo("There is no text to read in the pasted text.");
        });
    }

    @Test
    void aHugeLine_isRefused() {
        String line = "word ".repeat(30_000);
        assertThatThrownBy(() -> imports.read("Title\n" + line))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).startsWith("Line 2 of the text is 150000 chars long");
                });
    }

    @Test
    void tooLongTextsAndTooLargeFiles_areRefused() {
        String tooLong = "A sentence.\n".repeat(TextImport.MAX_CHARS / 12 + 1);
        assertThatThrownBy(() -> imports.read(tooLong)).isInstanceOfSatisfying(ImportRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
            assertThat(e.field()).isEqualTo("text");
        });
        assertThatThrownBy(() -> imports.read(new byte[TextImport.MAX_FILE_BYTES + 1], "big.txt"))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains("10485761 bytes");
                });
    }

    @Test
    void slugs() {
        assertThat(TextImport.slug("L’Homme révolté — Camus!")).isEqualTo("l-homme-revolte-camus");
        assertThat(TextImport.slug("???")).isEqualTo("map");
    }
}
