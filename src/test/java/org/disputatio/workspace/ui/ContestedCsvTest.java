package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContestedCsvTest {

    @Test
    void plainText_staysAsItIs() {
        assertThat(ContestedCsv.cell("Stalin wanted contested elections"))
                .isEqualTo("Stalin wanted contested elections");
    }

    @Test
    void commasQuotesAndLineBreaks_areQuoted_quotesDoubled() {
        assertThat(ContestedCsv.cell("Getty, Origins")).isEqualTo("\"Getty, Origins\"");
        assertThat(ContestedCsv.cell("the \"democratic\" turn")).isEqualTo("\"the \"\"democratic\"\" turn\"");
        assertThat(ContestedCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void aLeadingFormulaCharacter_isDefused() {
        assertThat(ContestedCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ContestedCsv.cell("-1")).isEqualTo("'-1");
        assertThat(ContestedCsv.cell("@home")).isEqualTo("'@home");
        assertThat(ContestedCsv.cell("")).isEmpty();
    }
}
