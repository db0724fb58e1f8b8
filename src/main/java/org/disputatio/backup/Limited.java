package org.disputatio.backup;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * Counts what is read and stops past a limit, so a body without a length cannot grow without end. The refusal
 * travels inside an {@link IOException} through the JSON parser, which {@link GraphRestore} unwraps.
 */
final class Limited extends InputStream {
    private final InputStream in;
    private final long limit;
    private final LongFunction<RestoreTooLargeException> refusal;
    private long read;

    /** {@code refusal} makes the exception for the number of bytes read so far, once past {@code limit}. */
    Limited(InputStream in, long limit, LongFunction<RestoreTooLargeException> refusal) {
        this.in = in;
        this.limit = limit;
        this.refusal = refusal;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) count(n);
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > limit) throw new IOException(refusal.apply(read));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
