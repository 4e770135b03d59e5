package io.triangulate.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.triangulate.model.RejectReason;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Streaming readers for JSON Lines and for one big JSON array. */
final class JsonReaders {

    /** One mapper per string-length limit; mappers are thread-safe and costly to build. */
    private static final Map<Long, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private JsonReaders() {
    }

    static ObjectMapper mapper(IngestLimits limits) {
        return MAPPERS.computeIfAbsent(limits.maxJsonChars(), max -> {
            JsonFactory factory = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength((int) (long) max).build()).build();
            return new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        });
    }

    /** JSON Lines: a bad or oversized line is one reject, and the lines after it are still read. */
    static OutcomeIterator lines(LineSource lines, String file, String encoding, IngestLimits limits) {
        return new LinesIterator(lines, file, encoding, limits);
    }

    /** One JSON array of objects, read element by element with Jackson's streaming parser. */
    static OutcomeIterator array(Reader in, String file, String encoding, IngestLimits limits) throws IOException {
        return new ArrayIterator(in, file, encoding, limits);
    }

    private static final class LinesIterator extends OutcomeIterator {
        private final LineSource lines;
        private final String file;
        private final String encoding;
        private final IngestLimits limits;
        private final ObjectMapper mapper;
        private long outcomes;
        private boolean done;

        LinesIterator(LineSource lines, String file, String encoding, IngestLimits limits) {
            this.lines = lines;
            this.file = file;
            this.encoding = encoding;
            this.limits = limits;
            this.mapper = mapper(limits);
        }

        @Override
        protected ReadOutcome computeNext() {
            ReadOutcome o = done ? null : read();
            if (o != null) {
                outcomes++;
            } else if (outcomes == 0) {
                outcomes++; // a file without a single record is itself reported, once
                return ReadOutcome.rejected(new JsonRecords.Origin(file, 0, encoding).reject(
                        RejectReason.EMPTY_FILE, "no JSON lines: the file holds only whitespace", null, null));
            }
            return o;
        }

        private ReadOutcome read() {
            while (true) {
                LineSource.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    done = true;
                    long next = lines.lineNumber() + 1;
                    return ReadOutcome.rejected(Failures.rest(e, new JsonRecords.Origin(file, next, encoding),
                            "line " + next));
                }
                if (line == null) {
                    return null;
                }
                if (!TextRecords.isBlank(line.text()) || line.overLimit() || line.decodeError() != null) {
                    return parse(line);
                }
            }
        }

        private ReadOutcome parse(LineSource.Line line) {
            JsonRecords.Origin origin = new JsonRecords.Origin(file, line.number(), encoding);
            if (line.decodeError() != null) {
                return reject(origin, RejectReason.UNDECODABLE, file + ": " + line.decodeError(), line);
            }
            if (line.overLimit()) {
                return reject(origin, RejectReason.TOO_LARGE, "line " + line.number() + " is too long to read: "
                        + "length " + line.length() + ", limit " + limits.maxJsonChars()
                        + " for one JSON line (6 x maxRecordChars + 64K)", line);
            }
            try {
                return JsonRecords.toOutcome(mapper.readTree(line.text()), line.text(), origin, limits);
            } catch (StreamConstraintsException e) {
                return reject(origin, RejectReason.TOO_LARGE, "line " + line.number() + ": "
                        + e.getOriginalMessage(), line);
            } catch (JsonProcessingException e) {
                return reject(origin, RejectReason.MALFORMED_JSON, "line " + line.number() + " is not valid JSON: "
                        + e.getOriginalMessage(), line);
            }
        }

        private static ReadOutcome reject(JsonRecords.Origin origin, RejectReason reason, String message,
                                          LineSource.Line line) {
            return ReadOutcome.rejected(origin.reject(reason, message, null, line.text()));
        }

        @Override
        protected void release() throws IOException {
            lines.close();
        }
    }

    private static final class ArrayIterator extends OutcomeIterator {
        private final Reader in;
        private final String file;
        private final String encoding;
        private final IngestLimits limits;
        /** The next element follows each record, so it is not a "trailing token". */
        private final ObjectReader elements;
        private final JsonParser parser;
        private long index;
        private boolean started;
        private boolean done;

        ArrayIterator(Reader in, String file, String encoding, IngestLimits limits) throws IOException {
            this.in = in;
            this.file = file;
            this.encoding = encoding;
            this.limits = limits;
            ObjectMapper mapper = mapper(limits);
            this.elements = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            this.parser = mapper.createParser(in);
        }

        @Override
        protected ReadOutcome computeNext() {
            if (done) {
                return null;
            }
            try {
                return started ? element() : start();
            } catch (IOException e) {
                done = true;
                return ReadOutcome.rejected(Failures.rest(e, origin(index + 1), "record " + (index + 1)));
            }
        }

        private ReadOutcome start() throws IOException {
            started = true;
            JsonToken first = parser.nextToken();
            if (first == null) {
                done = true;
                return rejectFile(RejectReason.EMPTY_FILE, "the file holds only whitespace");
            }
            if (first != JsonToken.START_ARRAY) {
                done = true;
                return rejectFile(RejectReason.MALFORMED_JSON, "expected a JSON array of articles, found "
                        + first.asString());
            }
            return element();
        }

        private ReadOutcome element() throws IOException {
            JsonToken t = parser.nextToken();
            if (t == JsonToken.END_ARRAY) {
                done = true;
                return end();
            }
            if (t == null) {
                done = true;
                return ReadOutcome.rejected(origin(index + 1).reject(RejectReason.MALFORMED_JSON,
                        "the array is not closed: the file ends after record " + index, null, null));
            }
            JsonNode node = elements.readTree(parser);
            index++;
            return JsonRecords.toOutcome(node, null, origin(index), limits);
        }

        /** After the array: an empty array, or anything following it, is reported rather than dropped. */
        private ReadOutcome end() throws IOException {
            JsonToken after = parser.nextToken();
            if (after != null) {
                return ReadOutcome.rejected(origin(index + 1).reject(RejectReason.MALFORMED_JSON,
                        "content after the end of the array (" + after.asString() + ") is not read", null, null));
            }
            return index == 0 ? rejectFile(RejectReason.EMPTY_FILE, "the JSON array holds no records") : null;
        }

        private ReadOutcome rejectFile(RejectReason reason, String message) {
            return ReadOutcome.rejected(origin(0).reject(reason, message, null, null));
        }

        private JsonRecords.Origin origin(long line) {
            return new JsonRecords.Origin(file, line, encoding);
        }

        @Override
        protected void release() throws IOException {
            try {
                parser.close();
            } finally {
                in.close();
            }
        }
    }
}
