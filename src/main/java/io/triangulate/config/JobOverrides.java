package io.triangulate.config;

import java.util.List;

/**
 * Command-line overrides of a job definition. Paths given here are relative to the working
 * directory (the job file's own paths are relative to the job file).
 */
public record JobOverrides(List<String> inputs, String outputRoot, String week, String from, String to,
                           String master, String reportLanguage, String tableFormat) {

    public static final JobOverrides NONE = new JobOverrides(List.of(), null, null, null, null, null, null, null);
}
