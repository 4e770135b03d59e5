package io.triangulate.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines without ever holding more than a fixed number of characters of one line: an oversized
 * line is counted and skipped, and the lines after it are still read. Used for UTF-16 input, whose
 * line breaks cannot be found in the bytes; other encodings use {@link ByteLineReader}.
 */
final class BoundedLineReader implements LineSource {

    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;

    BoundedLineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator (\n or \r\n), or null at the end of input. */
    @Override
    public Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean over = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit) {
                if (eof || !fill()) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            if (!over && sb.length() + n > maxChars) {
                over = true;
                sb.append(buf, start, Math.min(n, KEEP_OF_OVERSIZED));
                sb.setLength(Math.min(sb.length(), KEEP_OF_OVERSIZED));
            } else if (!over) {
                sb.append(buf, start, n);
            }
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        if (!over && !sb.isEmpty() && sb.charAt(sb.length() - 1) == '\r') {
            sb.setLength(sb.length() - 1);
            length--;
        }
        return new Line(sb.toString(), lineNumber, length, over, null);
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
