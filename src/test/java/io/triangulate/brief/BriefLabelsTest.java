package io.triangulate.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.triangulate.report.Labels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the brief parts ask for exists in both report languages. A missing label only shows when
 * that part of the brief is built, so a run over data without, say, citations would not catch it.
 */
class BriefLabelsTest {

    /** {@code labels.get("key"} and {@code .col("key", TYPE,} (a TableBuilder column, not a Spark column). */
    private static final Pattern LABEL = Pattern.compile("labels\\.get\\(\\s*\"([^\"]+)\"");
    private static final Pattern COLUMN = Pattern.compile("\\.col\\(\\s*\"([A-Za-z0-9]+)\"\\s*,\\s*[A-Z_]+\\s*,");
    /** Keys picked at run time: {@code f.directed() ? "finding.reprint" : "finding.reprint.undirected"}. */
    private static final Pattern CHOSEN = Pattern.compile("\\?\\s*\"([a-z]+\\.[A-Za-z.]+)\"\\s*:\\s*\"([a-z]+\\.[A-Za-z.]+)\"");

    @Test
    void everyLabelTheBriefUsesExistsInEnglishAndArabic() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/triangulate/brief"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(LABEL.matcher(source), 1, keys, "");
                keys.removeIf(k -> k.endsWith(".")); // TableBuilder's own "col." + key
                collect(COLUMN.matcher(source), 1, keys, "col.");
                Matcher chosen = CHOSEN.matcher(source);
                while (chosen.find()) {
                    keys.add(chosen.group(1));
                    keys.add(chosen.group(2));
                }
            }
        }
        assertFalse(keys.size() < 50, "the scan found only " + keys.size() + " keys; has the brief package moved?");
        for (String language : List.of("en", "ar")) {
            Labels labels = Labels.forLanguage(language);
            Set<String> missing = new TreeSet<>();
            for (String key : keys) {
                try {
                    labels.get(key);
                } catch (IllegalArgumentException e) {
                    missing.add(key);
                }
            }
            assertEquals(Set.of(), missing, "labels missing for " + language);
        }
    }

    private static void collect(Matcher m, int group, Set<String> keys, String prefix) {
        while (m.find()) {
            keys.add(prefix + m.group(group));
        }
    }
}
