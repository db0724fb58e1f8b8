package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A body without a length is counted as it is read and stopped past the limit, with the refusal for its count. */
class LimitedTest {

    @Test
    void readingPastTheLimit_failsWithTheRefusalForTheBytesReadSoFar() throws IOException {
        var in = new Limited(new ByteArrayInputStream(new byte[100]), 64, RestoreTooLargeException::new);
        byte[] buffer = new byte[40];

        assertThat(in.read(buffer, 0, 40)).isEqualTo(40);
        assertThat(in.read(buffer, 0, 24)).isEqualTo(24);
        assertThatThrownBy(in::read)
                .isInstanceOf(IOException.class)
                .cause()
                .isInstanceOf(RestoreTooLargeException.class)
                .extracting(e -> ((RestoreTooLargeException) e).limit())
                .isEqualTo(65L);
    }

    @Test
    void aFileWithinTheLimit_isReadWhole() throws IOException {
        var in = new Limited(new ByteArrayInputStream(new byte[64]), 64, RestoreTooLargeException::new);

        assertThat(in.readAllBytes()).hasSize(64);
    }
}
