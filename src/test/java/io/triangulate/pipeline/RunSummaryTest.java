package io.triangulate.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSummaryTest {

    @Test
    void theCountsLineIsTheSameOnAnArabicMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-SA"));
        try {
            RunSummary summary = new RunSummary("job", "all", null, "file:/tmp/x");
            summary.counts(12825, 12196, 178, 451, Map.of(), 12196);
            String text = summary.describe();
            assertTrue(text.contains("records in: 12,825 = accepted 12,196 + rejected 178 + duplicates 451"), text);
        } finally {
            Locale.setDefault(before);
        }
    }
}
