package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationValueTest {

    private static DurationValue d(String value, String mod) {
        return DurationValue.parse(value, mod, 0.15).orElseThrow();
    }

    @Test
    void tenMonthsIsNotAboutEightMonths() {
        assertFalse(d("P10M", null).agreesWith(d("P8M", "APPROX")));
        assertTrue(d("P10M", null).agreesWith(d("P10M", null)));
        assertTrue(d("P8M", "APPROX").agreesWith(d("P8M", "APPROX")));
    }

    @Test
    void aboutAllowsANeighbouringAmountButExactDoesNot() {
        assertTrue(d("P8M", "APPROX").agreesWith(d("P9M", null)));
        assertFalse(d("P8M", null).agreesWith(d("P9M", null)));
        assertTrue(d("P1Y", null).agreesWith(d("P12M", null)));
    }

    @Test
    void durationsInPlainWordsForDescriptions() {
        org.junit.jupiter.api.Assertions.assertEquals("10 months", d("P10M", null).words());
        org.junit.jupiter.api.Assertions.assertEquals("about 8 months", d("P8M", "APPROX").words());
        org.junit.jupiter.api.Assertions.assertEquals("more than 1 year", d("P1Y", "MORE_THAN").words());
        org.junit.jupiter.api.Assertions.assertEquals("30 minutes", d("PT30M", null).words());
    }

    @Test
    void openEndedDurations() {
        assertTrue(d("P1M", "MORE_THAN").agreesWith(d("P2M", null)));
        assertFalse(d("P1M", "LESS_THAN").agreesWith(d("P3M", null)));
        assertTrue(DurationValue.parse("PXD", null, 0.15).isEmpty());
    }

    @Test
    void impliedGapFitsEightMonthsNotTen() {
        long[] gap = TimeValue.parse("2024-01-10", null).orElseThrow()
                .daysSince(TimeValue.parse("2023-05", null).orElseThrow());
        assertTrue(d("P8M", "APPROX").allows(gap[0], gap[1]));
        assertFalse(d("P10M", null).allows(gap[0], gap[1]));
    }
}
