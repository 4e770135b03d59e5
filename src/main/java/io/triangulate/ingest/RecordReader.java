package io.triangulate.ingest;

import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads one input file (JSON Lines, a JSON array, a text file, or a .zip of these) into raw articles
 * and rejects. Every record ends in exactly one outcome; a file that cannot be read at all is one
 * reject. Reading is streaming: only the first 64 KB (for the encoding) and one record are in memory.
 */
public final class RecordReader {

    /** How many records of one input were accepted and rejected. */
    public record ReadCounts(long accepted, long rejected) {
        public long total() {
            return accepted + rejected;
        }

        public ReadCounts plus(ReadCounts o) {
            return new ReadCounts(accepted + o.accepted, rejected + o.rejected);
        }
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private RecordReader() {
    }

    /** Reads {@code in} to the end, passing each outcome on; closes {@code in}. */
    public static ReadCounts read(String originFile, InputStream in, InputFormat format, IngestLimits limits,
                                  Manifest manifest, Consumer<RawArticle> accept, Consumer<Reject> reject) {
        return read(originFile, in, -1, format, limits, manifest, accept, reject);
    }

    /** As above, with the file's size when known ({@code -1} if not), so an oversized file is not opened. */
    public static ReadCounts read(String originFile, InputStream in, long knownSize, InputFormat format,
                                  IngestLimits limits, Manifest manifest, Consumer<RawArticle> accept,
                                  Consumer<Reject> reject) {
        long accepted = 0;
        long rejected = 0;
        try (OutcomeIterator outcomes = open(originFile, in, knownSize, format, limits, manifest)) {
            while (outcomes.hasNext()) {
                ReadOutcome o = outcomes.next();
                if (o.isAccepted()) {
                    accepted++;
                    accept.accept(o.getArticle());
                } else {
                    rejected++;
                    reject.accept(o.getReject());
                }
            }
        }
        return new ReadCounts(accepted, rejected);
    }

    /**
     * The outcomes of one input, read lazily. The caller must exhaust or close the iterator; either
     * closes {@code in}.
     *
     * @param originFile path or URI recorded as provenance; its extension chooses the format under AUTO
     * @param knownSize  the file's size in bytes, or -1 when not known
     */
    public static OutcomeIterator open(String originFile, InputStream in, long knownSize, InputFormat format,
                                       IngestLimits limits, Manifest manifest) {
        JsonRecords.Origin fileOrigin = new JsonRecords.Origin(originFile, 0, null);
        if (knownSize > limits.maxFileBytes()) {
            return single(in, fileOrigin.reject(RejectReason.TOO_LARGE, "file has " + knownSize
                    + " bytes, over the limit of " + limits.maxFileBytes() + " (maxFileBytes)", null, null));
        }
        String extension = extension(originFile);
        if (format == InputFormat.AUTO && !extension.equals("zip") && formatOf(extension) == null) {
            return single(in, fileOrigin.reject(RejectReason.UNSUPPORTED_FORMAT, "unsupported file type '"
                    + (extension.isEmpty() ? "(no extension)" : "." + extension) + "': expected .jsonl, .ndjson, "
                    + ".json, .txt or .zip (or set the input's format)", null, null));
        }
        InputStream limited = new LimitedInputStream(in, limits.maxFileBytes());
        byte[] sample;
        try {
            sample = limited.readNBytes(EncodingDetector.SAMPLE_BYTES);
        } catch (IOException e) {
            return single(in, Failures.rest(e, fileOrigin, null));
        }
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(sample), limited);
        if (extension.equals("zip") || startsWith(sample, ZIP_MAGIC)) {
            return ZipRecords.read(whole, originFile, format, limits, manifest);
        }
        if (sample.length == 0) {
            return single(in, fileOrigin.reject(RejectReason.EMPTY_FILE, "the file is empty (0 bytes)", null, null));
        }
        boolean complete = sample.length < EncodingDetector.SAMPLE_BYTES;
        EncodingDetector.Detection detection = EncodingDetector.detect(sample, sample.length, complete,
                limits.minDetectorConfidence());
        if (!detection.ok()) {
            return single(in, new Reject(detection.failure(), originFile + ": " + detection.message(), originFile, 0,
                    null, Excerpts.hex(sample, sample.length)));
        }
        return readDecoded(new Sampled(originFile, extension, sample, complete, limited), detection, format,
                limits, manifest);
    }

    /** A file whose first bytes have been read to decide its encoding; {@code rest} follows them. */
    private record Sampled(String file, String extension, byte[] sample, boolean complete, InputStream rest) {
    }

    /** Chooses the format (for .json by its first character) and reads the decoded records. */
    private static OutcomeIterator readDecoded(Sampled f, EncodingDetector.Detection detection, InputFormat format,
                                               IngestLimits limits, Manifest manifest) {
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(f.sample(), detection.bomLength(),
                f.sample().length - detection.bomLength()), f.rest());
        String encoding = detection.charset().name();
        JsonRecords.Origin origin = new JsonRecords.Origin(f.file(), 0, encoding);
        InputFormat chosen = format == InputFormat.AUTO ? formatOf(f.extension()) : format;
        if (chosen == InputFormat.AUTO) { // .json: an array, or one object per line
            int first = firstNonWhitespace(f.sample(), detection);
            if (first < 0 && f.complete()) {
                return single(body, origin.reject(RejectReason.EMPTY_FILE, "the file holds only whitespace", null,
                        null));
            }
            if (first >= 0 && first != '[' && first != '{') {
                return single(body, origin.reject(RejectReason.MALFORMED_JSON, "a .json file must start with '[' "
                        + "(an array of articles) or '{' (one article per line), found '"
                        + Character.toString(first) + "'", null, new String(f.sample(), detection.charset())));
            }
            chosen = first == '[' ? InputFormat.JSON_ARRAY : InputFormat.JSONL;
        }
        try {
            return switch (chosen) {
                case JSONL -> JsonReaders.lines(lines(body, detection.charset(), limits), f.file(), encoding, limits);
                case JSON_ARRAY -> JsonReaders.array(reader(body, detection), f.file(), encoding, limits);
                default -> {
                    Reader reader = reader(body, detection);
                    yield single(reader, TextRecords.read(reader, origin, limits, manifest));
                }
            };
        } catch (IOException e) {
            return single(body, Failures.rest(e, origin, null));
        }
    }

    /**
     * Lines split on bytes where a newline byte is always a line break (UTF-8, the Arabic single-byte
     * charsets), so an undecodable line costs only that line; UTF-16 is split after decoding.
     */
    private static LineSource lines(InputStream body, Charset charset, IngestLimits limits) {
        if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
            return new BoundedLineReader(new InputStreamReader(body, EncodingDetector.strictDecoder(charset)),
                    limits.maxJsonChars());
        }
        return new ByteLineReader(body, charset, limits.maxJsonChars());
    }

    private static Reader reader(InputStream body, EncodingDetector.Detection detection) {
        return new BufferedReader(new InputStreamReader(body, EncodingDetector.strictDecoder(detection.charset())),
                64 * 1024);
    }

    /** The first non-whitespace character of the sample, or -1 when it holds only whitespace. */
    private static int firstNonWhitespace(byte[] sample, EncodingDetector.Detection detection) {
        String decoded = new String(sample, detection.bomLength(), sample.length - detection.bomLength(),
                detection.charset());
        return decoded.codePoints().filter(c -> !Character.isWhitespace(c)).findFirst().orElse(-1);
    }

    /** The format an extension stands for under AUTO; AUTO for .json (decided by content); null if none. */
    static InputFormat formatOf(String extension) {
        return switch (extension) {
            case "jsonl", "ndjson" -> InputFormat.JSONL;
            case "json" -> InputFormat.AUTO;
            case "txt" -> InputFormat.TEXT_FOLDER;
            default -> null;
        };
    }

    static String extension(String originFile) {
        String name = originFile.substring(Math.max(originFile.lastIndexOf('/'), originFile.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static OutcomeIterator single(AutoCloseable input, Reject reject) {
        return single(input, ReadOutcome.rejected(reject));
    }

    private static OutcomeIterator single(AutoCloseable input, ReadOutcome outcome) {
        Iterator<ReadOutcome> one = List.of(outcome).iterator();
        return OutcomeIterator.of(one, input);
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
