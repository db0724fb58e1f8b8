package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 4: an import of a huge but valid Argdown file streams rather than loading everything twice. The
 * file here is 20,000 arguments (40,000 statements, 2,000 attacks, 3.1 MB) made on demand by a {@link Reader} as it is
 * read, so it exists nowhere whole; the reader refuses to be read again once it said the file ended, and checks
 * at every read that the parser has already taken in what it gave before, but for the reader's buffer.
 */
class ArgdownStreamingTest {

    static final int ARGUMENTS = 20_000;

    /** Blocks the parser may lag behind the reader: a BufferedReader's 8,192 characters hold fewer than 100. */
    static final int MOST_BLOCKS_AHEAD = 200;

    @Test
    void aLargeFileIsParsedBlockByBlockAsItIsRead() throws IOException {
        var syntax = new ArgdownSyntax();
        var file = new GeneratedFile(syntax);

        syntax.read(file);

        assertThat(file.given).isEqualTo(file.length());
        assertThat(file.mostArgumentsAhead).isBetween(1, MOST_BLOCKS_AHEAD);
        assertThat(syntax.arguments).hasSize(ARGUMENTS);
        assertThat(syntax.statements).hasSize(2 * ARGUMENTS);
        assertThat(syntax.relations).hasSize(ARGUMENTS / 10);
        var last = syntax.statements.get("Conclusion " + ARGUMENTS);
        assertThat(last.text).isEqualTo("Conclusion number " + ARGUMENTS + " follows.");
        assertThat(last.line).isEqualTo(GeneratedFile.lineOfLastConclusion());

        var map = ArgdownMapping.map(syntax).content();
        assertThat(map.claims()).hasSize(2 * ARGUMENTS);
        assertThat(map.arguments()).hasSize(ARGUMENTS);
        assertThat(map.attacks()).hasSize(ARGUMENTS / 10);
        assertThat(map.attacks().getFirst().kind()).isEqualTo("rebut");
    }

    @Test
    void theFormatReadsTheBytesOnce() throws IOException {
        var file = new GeneratedFile(new ArgdownSyntax());
        var bytes = new java.io.InputStream() {
            private byte[] chunk = new byte[0];
            private int at;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (ended) throw new IOException("read again after its end");
                if (at == chunk.length) {
                    char[] chars = new char[4096];
                    int n = file.generate(chars, 0, chars.length);
                    if (n < 0) {
                        ended = true;
                        return -1;
                    }
                    chunk = new String(chars, 0, n).getBytes(StandardCharsets.UTF_8);
                    at = 0;
                }
                int n = Math.min(len, chunk.length - at);
                System.arraycopy(chunk, at, b, off, n);
                at += n;
                return n;
            }
        };

        var imported = new ArgdownFormat().read(bytes);

        assertThat(imported.content().claims()).hasSize(2 * ARGUMENTS);
        assertThat(imported.content().arguments()).hasSize(ARGUMENTS);
        assertThat(imported.content().attacks()).hasSize(ARGUMENTS / 10);
    }

    /**
     * Argument i: its name, then its premise–conclusion structure; every tenth premise attacks the conclusion
     * before it, in a block of its own.
     */
    static final class GeneratedFile extends Reader {
        private final ArgdownSyntax parser;
        private final StringBuilder pending = new StringBuilder();
        private int next = 1;
        private boolean ended;
        long given;
        int mostArgumentsAhead;

        GeneratedFile(ArgdownSyntax parser) {
            this.parser = parser;
        }

        static String block(int i) {
            String argument = String.format(
                    Locale.ROOT,
                    "<Argument %d>: Argument number %d.\n\n(1) [Premise %d]: Premise number %d holds.\n----\n"
                            + "(2) [Conclusion %d]: Conclusion number %d follows.\n\n",
                    i,
                    i,
                    i,
                    i,
                    i,
                    i);
            return i % 10 == 0 && i > 1
                    ? argument + "[Premise " + i + "]\n  -> [Conclusion " + (i - 1) + "]\n\n"
                    : argument;
        }

        long length() {
            long length = 0;
            for (int i = 1; i <= ARGUMENTS; i++) length += block(i).length();
            return length;
        }

        static int lineOfLastConclusion() {
            int lines = 0;
            for (int i = 1; i < ARGUMENTS; i++)
                lines += (int) block(i).chars().filter(c -> c == '\n').count();
            return lines + 5;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            // Arguments given before this read, less those the parser holds: what it has read but not parsed.
            mostArgumentsAhead = Math.max(mostArgumentsAhead, (next - 1) - parser.arguments.size());
            return generate(buffer, offset, length);
        }

        int generate(char[] buffer, int offset, int length) throws IOException {
            if (ended) throw new IOException("read again after its end");
            while (pending.length() < length && next <= ARGUMENTS) pending.append(block(next++));
            if (pending.isEmpty()) {
                ended = true;
                return -1;
            }
            int n = Math.min(length, pending.length());
            pending.getChars(0, n, buffer, offset);
            pending.delete(0, n);
            given += n;
            return n;
        }

        @Override
        public void close() {}
    }
}
