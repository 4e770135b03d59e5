package io.triangulate.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One input of a run: a file, folder or glob on any Hadoop filesystem (local path, file:, hdfs://,
 * s3a://), how to read it, and optionally the manifest describing its text files.
 *
 * @param path     file, folder (read recursively) or glob
 * @param format   jsonl, json, text or auto (default auto: chosen per file)
 * @param manifest manifest.json or manifest.csv for text files; null to use the folder's own, if any
 */
public record InputSource(String path, String format, String manifest) implements Serializable {

    @JsonCreator
    public InputSource(@JsonProperty("path") String path, @JsonProperty("format") String format,
                       @JsonProperty("manifest") String manifest) {
        this.path = path;
        this.format = format == null || format.isBlank() ? "auto" : format;
        this.manifest = manifest == null || manifest.isBlank() ? null : manifest;
    }

    public static InputSource of(String path) {
        return new InputSource(path, null, null);
    }

    /** The parsed format; throws naming the value when it is not one of jsonl, json, text, auto. */
    public InputFormat inputFormat() {
        return InputFormat.parse(format);
    }

    /** Problems with this source, each naming the field; empty when valid. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (path == null || path.isBlank()) {
            problems.add("path must name a file, folder or glob");
        }
        try {
            InputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            problems.add("format: " + e.getMessage());
        }
        if (manifest != null && !Manifest.isManifestName(manifest) && !manifest.endsWith(".json")
                && !manifest.endsWith(".csv")) {
            problems.add("manifest must be a .json or .csv file, was '" + manifest + "'");
        }
        return problems;
    }
}
