package io.triangulate.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Lines of a JSON Lines file, each held in memory only up to a fixed length. */
interface LineSource extends Closeable {

    /**
     * One line without its terminator. When {@code overLimit}, {@code text} holds only its start; when
     * {@code decodeError} is set, the line's bytes were not valid in the file's encoding and
     * {@code text} holds a hex excerpt of them.
     */
    record Line(String text, long number, long length, boolean overLimit, String decodeError) {
    }

    /** Characters (or bytes) of an oversized line kept for the reject's excerpt. */
    int KEEP_OF_OVERSIZED = 400;

    /** The next line, or null at the end of input. */
    Line next() throws IOException;

    /** Number of the last line returned (1-based; 0 before the first). */
    long lineNumber();
}
