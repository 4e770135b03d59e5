package io.triangulate.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps text files to their metadata (id, outlet, date...). Read from {@code manifest.json} (an object
 * with "articles": [{file, id, outlet, ...}]) or {@code manifest.csv} (a header row with the same field
 * names). A manifest is small and a configuration input: a broken one fails the run with a message
 * naming it, instead of silently leaving articles without outlets.
 */
public final class Manifest implements Serializable {

    public static final Manifest NONE = new Manifest("(none)", List.of());

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final String location;
    // Plain ArrayList/HashMap: the manifest is broadcast with Kryo, which handles these everywhere.
    private final ArrayList<ManifestEntry> entries;
    /** Entries by the last path segment of their file, so a lookup never scans the whole list. */
    private final HashMap<String, List<ManifestEntry>> byFileName = new HashMap<>();

    public Manifest(String location, List<ManifestEntry> entries) {
        this.location = location;
        this.entries = new ArrayList<>(entries);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            ManifestEntry e = this.entries.get(i);
            if (e.getFile() == null || e.getFile().isBlank()) {
                throw new IllegalArgumentException(location + ": article " + (i + 1) + " has no 'file'");
            }
            String file = normalise(e.getFile());
            Integer earlier = seen.put(file, i + 1);
            if (earlier != null) {
                throw new IllegalArgumentException(location + ": file '" + e.getFile() + "' is listed twice "
                        + "(articles " + earlier + " and " + (i + 1) + ")");
            }
            byFileName.computeIfAbsent(lastSegment(file), k -> new ArrayList<>()).add(e);
        }
    }

    /** Whether a file name is a manifest's rather than an article's. */
    public static boolean isManifestName(String path) {
        String name = lastSegment(path).toLowerCase(Locale.ROOT);
        return name.equals("manifest.json") || name.equals("manifest.csv");
    }

    /** Reads a manifest; the format follows the extension (.json or .csv). */
    public static Manifest read(String location, InputStream in) throws IOException {
        String text = decodeUtf8(location, in.readAllBytes());
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return fromJson(location, text);
        }
        if (lower.endsWith(".csv")) {
            return fromCsv(location, text);
        }
        throw new IllegalArgumentException(location + ": a manifest must be .json or .csv");
    }

    static Manifest fromJson(String location, String text) throws IOException {
        JsonNode root = JSON.readTree(text);
        JsonNode articles = root == null ? null : root.get("articles");
        if (articles == null || !articles.isArray()) {
            throw new IllegalArgumentException(location + ": expected an object with an \"articles\" array");
        }
        List<ManifestEntry> entries = new ArrayList<>();
        for (JsonNode a : articles) {
            entries.add(JSON.treeToValue(a, ManifestEntry.class));
        }
        return new Manifest(location, entries);
    }

    static Manifest fromCsv(String location, String text) {
        CsvParserSettings settings = new CsvParserSettings();
        settings.setHeaderExtractionEnabled(true);
        settings.setLineSeparatorDetectionEnabled(true);
        settings.setMaxCharsPerColumn(1_000_000);
        CsvParser parser = new CsvParser(settings);
        parser.beginParsing(new StringReader(text));
        List<ManifestEntry> entries = new ArrayList<>();
        String[] row;
        while ((row = parser.parseNext()) != null) {
            String[] headers = parser.getContext().headers();
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < headers.length && i < row.length; i++) {
                if (headers[i] != null) {
                    fields.put(headers[i].trim(), row[i]);
                }
            }
            entries.add(JSON.convertValue(fields, ManifestEntry.class));
        }
        return new Manifest(location, entries);
    }

    /**
     * The entry for a file: the one whose relative path ends the file's path (after an archive's
     * "!/"), the longest such path when several match.
     */
    public Optional<ManifestEntry> lookup(String originFile) {
        String path = normalise(originFile);
        List<ManifestEntry> candidates = byFileName.get(lastSegment(path));
        if (candidates == null) {
            return Optional.empty();
        }
        ManifestEntry best = null;
        for (ManifestEntry e : candidates) {
            String file = normalise(e.getFile());
            boolean matches = path.equals(file) || path.endsWith("/" + file);
            if (matches && (best == null || file.length() > normalise(best.getFile()).length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The reject for a listed article whose file was not among the inputs read: without it the
     * article would vanish without a trace.
     */
    public Reject notRead(ManifestEntry entry, String expectedFile) {
        return new Reject(RejectReason.UNREADABLE_FILE, location + " lists '" + entry.getFile()
                + "', but no such file was among the inputs read", expectedFile, 0, entry.getId(), null);
    }

    public String location() {
        return location;
    }

    public List<ManifestEntry> entries() {
        return java.util.Collections.unmodifiableList(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/').replace("!/", "/");
        return p.startsWith("./") ? p.substring(2) : p;
    }

    private static String lastSegment(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static String decodeUtf8(String location, byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return EncodingDetector.strictDecoder(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(location + ": a manifest must be UTF-8", e);
        }
    }
}
