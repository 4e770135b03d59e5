package io.triangulate.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;

import java.util.List;

/**
 * Turns one parsed JSON object into a raw article or a reject, accepting the field names different
 * exporters use (content/body for text, source for outlet, date_extracted/publishedAt for the date).
 */
final class JsonRecords {

    static final List<String> ID = List.of("id");
    static final List<String> TEXT = List.of("text", "content", "body");
    static final List<String> OUTLET = List.of("outlet", "source");
    static final List<String> PUBLISHED = List.of("published", "date", "date_extracted", "publishedAt");
    static final List<String> LANGUAGE = List.of("language", "lang");

    /** Where a record came from, for provenance and for rejects. */
    record Origin(String file, long line, String encoding) {
        Reject reject(RejectReason reason, String message, String recordId, CharSequence excerptSource) {
            return new Reject(reason, message, file, line, recordId, Excerpts.of(excerptSource));
        }
    }

    /** A JSON value that had the wrong type for its field. */
    private static final class WrongType extends Exception {
        WrongType(String message) {
            super(message, null, false, false);
        }
    }

    private JsonRecords() {
    }

    /**
     * @param raw the record's source text when at hand (a JSON line), for the excerpt of a reject
     */
    static ReadOutcome toOutcome(JsonNode node, CharSequence raw, Origin origin, IngestLimits limits) {
        if (!node.isObject()) {
            return ReadOutcome.rejected(origin.reject(RejectReason.MALFORMED_JSON, "expected a JSON object, found "
                    + describe(node), null, raw != null ? raw : node.toString()));
        }
        String id = null;
        try {
            id = scalar(node, ID, true);
            String text = scalar(node, TEXT, false);
            CharSequence excerpt = text != null ? text : raw != null ? raw : node.toString();
            if (text == null) {
                return reject(origin, RejectReason.MISSING_FIELD, "missing field 'text' (also looked for "
                        + "'content' and 'body')", id, excerpt);
            }
            if (text.length() > limits.maxRecordChars()) {
                return reject(origin, RejectReason.TOO_LARGE, "text has " + text.length() + " characters, over the "
                        + "limit of " + limits.maxRecordChars() + " (maxRecordChars)", id, excerpt);
            }
            if (TextRecords.isBlank(text)) {
                return reject(origin, RejectReason.EMPTY_RECORD, "field '" + present(node, TEXT) + "' is blank",
                        id, excerpt);
            }
            String outlet = scalar(node, OUTLET, false);
            if (outlet == null || outlet.isBlank()) {
                return reject(origin, RejectReason.MISSING_FIELD, "missing field 'outlet' (also looked for "
                        + "'source')", id, excerpt);
            }
            PublishedDates.Parsed date = PublishedDates.parse(scalar(node, PUBLISHED, true),
                    scalar(node, List.of("publishedPrecision"), false));
            RawArticle a = new RawArticle();
            a.setId(id != null && !id.isBlank() ? id.trim() : TextRecords.stableId(origin.file(), origin.line()));
            a.setOutlet(outlet.trim());
            a.setUrl(blankToNull(scalar(node, List.of("url"), false)));
            a.setTitle(blankToNull(scalar(node, List.of("title"), false)));
            a.setAuthor(blankToNull(scalar(node, List.of("author"), false)));
            a.setText(text);
            a.setLanguageHint(blankToNull(scalar(node, LANGUAGE, false)));
            a.setPublished(date.published());
            a.setPublishedPrecision(date.precision().name());
            a.setPublishedTime(date.publishedTime());
            a.setOriginFile(origin.file());
            a.setOriginLine(origin.line());
            a.setEncoding(origin.encoding());
            return ReadOutcome.accepted(a);
        } catch (WrongType e) {
            return reject(origin, RejectReason.MALFORMED_JSON, e.getMessage(), id, raw != null ? raw : node.toString());
        }
    }

    private static ReadOutcome reject(Origin origin, RejectReason reason, String message, String id,
                                      CharSequence excerpt) {
        return ReadOutcome.rejected(origin.reject(reason, message, id, excerpt));
    }

    /**
     * The first of the aliases that holds a value, as text; null when none does. Numbers are accepted
     * where exporters commonly write them (ids, years); objects and arrays never are.
     */
    private static String scalar(JsonNode node, List<String> aliases, boolean numbersAllowed) throws WrongType {
        for (String name : aliases) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isTextual()) {
                return v.textValue();
            }
            if (numbersAllowed && v.isIntegralNumber()) {
                return v.asText();
            }
            throw new WrongType("field '" + name + "' is " + describe(v) + ", expected a string");
        }
        return null;
    }

    private static String present(JsonNode node, List<String> aliases) {
        return aliases.stream().filter(a -> node.hasNonNull(a)).findFirst().orElse(aliases.get(0));
    }

    private static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
