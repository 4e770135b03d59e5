package io.triangulate.ingest;

import io.triangulate.model.DatePrecision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedDatesTest {

    private static void parses(String raw, String published, DatePrecision precision, String time) {
        assertEquals(new PublishedDates.Parsed(published, precision, time), PublishedDates.parse(raw), raw);
    }

    @Test
    void readsTheFormsNewsInputsUse() {
        parses("2015-07-21 10:22:33", "2015-07-21", DatePrecision.DAY, "2015-07-21T10:22:33");
        parses("2015-07-21T10:22", "2015-07-21", DatePrecision.DAY, "2015-07-21T10:22:00");
        parses("2024-03-15T23:30:00+03:00", "2024-03-15", DatePrecision.DAY, "2024-03-15T23:30:00");
        parses("2024-03-15T23:30:00Z", "2024-03-15", DatePrecision.DAY, "2024-03-15T23:30:00");
        parses("2024-03-15 23:30:00 +0300", "2024-03-15", DatePrecision.DAY, "2024-03-15T23:30:00");
        parses("Tue, 21 Jul 2015 10:22:33 GMT", "2015-07-21", DatePrecision.DAY, "2015-07-21T10:22:33");
        parses(" 2015-07-21 ", "2015-07-21", DatePrecision.DAY, null);
        parses("2024-03", "2024-03", DatePrecision.MONTH, null);
        parses("2024", "2024", DatePrecision.YEAR, null);
    }

    @Test
    void anythingElseIsUnknownNotAnError() {
        for (String raw : new String[]{null, "", "yesterday", "21/07/2015", "2015-13-01", "1436-10-05 هـ"}) {
            assertEquals(PublishedDates.Parsed.UNKNOWN, PublishedDates.parse(raw), raw);
        }
    }

    @Test
    void aStatedPrecisionNeverClaimsMoreThanTheValue() {
        assertEquals(new PublishedDates.Parsed("2024-05", DatePrecision.MONTH, null),
                PublishedDates.parse("2024-05-17", "MONTH"));
        assertEquals(new PublishedDates.Parsed("2024", DatePrecision.YEAR, null),
                PublishedDates.parse("2024", "DAY"));
        assertEquals(PublishedDates.Parsed.UNKNOWN, PublishedDates.parse("2024-05-17", "UNKNOWN"));
    }
}
