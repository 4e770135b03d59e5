package io.triangulate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String language) throws IOException {
        try (InputStream in = LabelsTest.class.getResourceAsStream("/triangulate/report/labels-" + language + ".json")) {
            return new TreeMap<String, Object>(new ObjectMapper().readValue(in, Map.class));
        }
    }

    @Test
    void everyEnglishLabelHasAnArabicOne() throws IOException {
        assertEquals(read("en").keySet(), read("ar").keySet());
    }

    @Test
    void placeholdersAreFilled() {
        assertEquals("Page 2 of 7", Labels.forLanguage("en").get("pdf.page", 2, 7));
        assertEquals("صفحة 2 من 7", Labels.forLanguage("ar").get("pdf.page", 2, 7));
    }

    @Test
    void unknownLanguageOrKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Labels.forLanguage("fr"));
        assertThrows(IllegalArgumentException.class, () -> Labels.forLanguage("en").get("no.such.label"));
    }
}
