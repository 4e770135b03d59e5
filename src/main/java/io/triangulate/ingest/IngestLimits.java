package io.triangulate.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Size and confidence limits for reading input. A record or file over a limit becomes a TOO_LARGE
 * reject; an encoding guess below the confidence limit becomes UNDECODABLE.
 *
 * @param maxRecordChars        longest article body accepted, in characters
 * @param maxFileBytes          largest input file (or archive entry) read, in bytes
 * @param minDetectorConfidence lowest ICU charset-detector confidence (0-100) accepted for non-UTF files
 */
public record IngestLimits(int maxRecordChars, long maxFileBytes, int minDetectorConfidence)
        implements Serializable {

    public static final int DEFAULT_MAX_RECORD_CHARS = 2_000_000;
    public static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024 * 1024;
    public static final int DEFAULT_MIN_DETECTOR_CONFIDENCE = 50;

    public static final IngestLimits DEFAULTS = new IngestLimits(DEFAULT_MAX_RECORD_CHARS,
            DEFAULT_MAX_FILE_BYTES, DEFAULT_MIN_DETECTOR_CONFIDENCE);

    /** Jackson entry point: absent fields take their defaults. */
    @JsonCreator
    public static IngestLimits of(@JsonProperty("maxRecordChars") Integer maxRecordChars,
                                  @JsonProperty("maxFileBytes") Long maxFileBytes,
                                  @JsonProperty("minDetectorConfidence") Integer minDetectorConfidence) {
        return new IngestLimits(maxRecordChars == null ? DEFAULT_MAX_RECORD_CHARS : maxRecordChars,
                maxFileBytes == null ? DEFAULT_MAX_FILE_BYTES : maxFileBytes,
                minDetectorConfidence == null ? DEFAULT_MIN_DETECTOR_CONFIDENCE : minDetectorConfidence);
    }

    /** Problems with these limits, each naming the field; empty when valid. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (maxRecordChars < 1) {
            problems.add("maxRecordChars must be at least 1, was " + maxRecordChars);
        }
        if (maxFileBytes < 1) {
            problems.add("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
        if (minDetectorConfidence < 0 || minDetectorConfidence > 100) {
            problems.add("minDetectorConfidence must be between 0 and 100, was " + minDetectorConfidence);
        }
        return problems;
    }

    /**
     * Longest JSON line or string value held in memory. JSON may escape every character as a 6-char
     * \\uXXXX (Python's default), and the other fields need room too, so a body at the record limit
     * must still fit.
     */
    long maxJsonChars() {
        return Math.min(Integer.MAX_VALUE - 16L, 6L * maxRecordChars + 65_536L);
    }
}
