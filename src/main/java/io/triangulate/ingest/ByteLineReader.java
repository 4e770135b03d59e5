package io.triangulate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Splits bytes at '\n' and decodes each line on its own, strictly. For UTF-8 and the single-byte
 * Arabic charsets a newline byte is always a line break, so one undecodable line is one reject and
 * the lines after it are still read.
 */
final class ByteLineReader implements LineSource {

    private final InputStream in;
    private final Charset charset;
    private final long maxBytes;
    private final byte[] buf = new byte[64 * 1024];
    private byte[] line = new byte[1024];
    private int pos;
    private int limit;
    private boolean eof;
    private long lineNumber;

    ByteLineReader(InputStream in, Charset charset, long maxBytes) {
        this.in = in;
        this.charset = charset;
        this.maxBytes = maxBytes;
    }

    @Override
    public Line next() throws IOException {
        int kept = 0;
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos >= limit && !fill()) {
                if (!sawAny) {
                    return null;
                }
                break;
            }
            sawAny = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n') {
                pos++;
            }
            int n = pos - start;
            length += n;
            int room = (int) Math.min(n, (length <= maxBytes ? maxBytes : KEEP_OF_OVERSIZED) - kept);
            if (room > 0) {
                ensure(kept + room);
                System.arraycopy(buf, start, line, kept, room);
                kept += room;
            }
            if (pos < limit) {
                pos++; // the '\n'
                break;
            }
        }
        lineNumber++;
        boolean over = length > maxBytes;
        if (!over && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        return decode(kept, length, over);
    }

    private Line decode(int kept, long length, boolean over) {
        try {
            String text = EncodingDetector.strictDecoder(charset).decode(ByteBuffer.wrap(line, 0,
                    over ? Math.min(kept, KEEP_OF_OVERSIZED) : kept)).toString();
            return new Line(text, lineNumber, length, over, null);
        } catch (CharacterCodingException e) {
            if (over) { // the cut may fall inside a character; the excerpt is only a preview
                return new Line(charset.decode(ByteBuffer.wrap(line, 0, Math.min(kept, KEEP_OF_OVERSIZED)))
                        .toString(), lineNumber, length, true, null);
            }
            return new Line(Excerpts.hex(line, kept), lineNumber, length, false,
                    "line " + lineNumber + " is not valid " + charset.name() + " (" + e + ")");
        }
    }

    @Override
    public long lineNumber() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void ensure(int capacity) {
        if (capacity > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(capacity, 2L * line.length), Integer.MAX_VALUE - 16));
        }
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
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
