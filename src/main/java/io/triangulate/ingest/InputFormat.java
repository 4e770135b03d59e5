package io.triangulate.ingest;

import java.util.Locale;

/** How an input file is laid out. AUTO chooses per file from its extension and first character. */
public enum InputFormat {
    /** One JSON object per line (.jsonl, .ndjson). */
    JSONL,
    /** One JSON array of article objects (the SaudiNewsNet form). */
    JSON_ARRAY,
    /** One article per .txt file, metadata from an optional manifest. */
    TEXT_FOLDER,
    AUTO;

    /** Parses the configuration spelling: jsonl, json, text, auto (also the enum names). */
    public static InputFormat parse(String s) {
        if (s == null || s.isBlank()) {
            return AUTO;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "jsonl", "ndjson", "json_lines", "json-lines" -> JSONL;
            case "json", "json_array", "json-array" -> JSON_ARRAY;
            case "text", "txt", "text_folder", "text-folder" -> TEXT_FOLDER;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException(
                    "unknown input format '" + s + "': expected jsonl, json, text or auto");
        };
    }
}
