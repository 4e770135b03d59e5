package io.triangulate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.zip.ZipException;

/** Names the reason when reading stops part-way through a file. */
final class Failures {

    private Failures() {
    }

    /**
     * A reject for the rest of a file that could not be read past {@code where}; records already read
     * from it stay accepted.
     */
    static Reject rest(IOException e, JsonRecords.Origin origin, String where) {
        String prefix = where == null ? "" : where + ": ";
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitedInputStream.TooLargeException) {
                return origin.reject(RejectReason.TOO_LARGE, prefix + "file is " + t.getMessage(), null, null);
            }
            if (t instanceof StreamConstraintsException s) {
                return origin.reject(RejectReason.TOO_LARGE, prefix + "a value is too long to hold in memory ("
                        + s.getOriginalMessage() + "); the rest of the file is not read", null, null);
            }
            if (t instanceof CharacterCodingException) {
                return origin.reject(RejectReason.UNDECODABLE, prefix + "bytes that are not valid "
                        + origin.encoding() + " (" + t + "); the rest of the file is not read", null, null);
            }
            if (t instanceof ZipException) {
                return origin.reject(RejectReason.UNREADABLE_FILE, prefix + "broken archive: " + t.getMessage(),
                        null, null);
            }
            if (t instanceof JsonProcessingException j) {
                return origin.reject(RejectReason.MALFORMED_JSON, prefix + j.getOriginalMessage() + location(j)
                        + "; the rest of the file is not read", null, null);
            }
        }
        return origin.reject(RejectReason.UNREADABLE_FILE, prefix + "could not read: " + e, null, null);
    }

    static String location(JsonProcessingException j) {
        return j.getLocation() == null ? ""
                : " (at line " + j.getLocation().getLineNr() + ", column " + j.getLocation().getColumnNr() + ")";
    }
}
