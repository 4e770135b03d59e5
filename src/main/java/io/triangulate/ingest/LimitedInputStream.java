package io.triangulate.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading a file (or archive entry) once it is larger than the configured maximum. */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown when the input grows past the limit; readers turn it into a TOO_LARGE reject. */
    static final class TooLargeException extends IOException {
        TooLargeException(long max) {
            super("larger than the limit of " + max + " bytes (maxFileBytes)");
        }
    }

    private final long max;
    private long count;

    LimitedInputStream(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        add(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void add(long n) throws TooLargeException {
        count += n;
        if (count > max) {
            throw new TooLargeException(max);
        }
    }
}
