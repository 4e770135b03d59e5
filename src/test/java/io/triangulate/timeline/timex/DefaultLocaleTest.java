package io.triangulate.timeline.timex;

import io.triangulate.config.Period;
import io.triangulate.model.TimeExpression;
import io.triangulate.model.PublicationDate;
import io.triangulate.text.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Values, labels and ids are written in ASCII digits whatever the machine's locale: an analyst's or a
 * cluster node's default of Arabic made String.format write "٢٠١٥-٠٧-٢١", which is no TIMEX3 value and
 * no period label that matches a folder written elsewhere.
 */
class DefaultLocaleTest {

    private Locale before;

    @BeforeEach
    void arabic() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-SA"));
        // the premise: this JVM's default formatting really does write Arabic-Indic digits
        assertEquals("\u0662\u0660\u0661\u0665", String.format("%d", 2015));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void timexValuesAreAsciiDigits() {
        assertEquals("2015", TimeValues.year(2015));
        assertEquals("0921", TimeValues.year(921));
        assertEquals("2015-07", TimeValues.month(YearMonth.of(2015, 7)));
        assertEquals("2015-07-21", TimeValues.day(LocalDate.of(2015, 7, 21)));
        assertEquals("2015-W30", TimeValues.week(LocalDate.of(2015, 7, 21)));
        assertEquals(String.format(Locale.ROOT, "%04d", -5), TimeValues.padded(-5, 4));
        assertEquals("12345", TimeValues.padded(12345, 4));
    }

    @Test
    void taggedSentencesKeepValidValues() {
        String text = "وعقد الاجتماع يوم الثلاثاء 21 يوليو 2015 عند الساعة 10:30 صباحا، وبعد ثلاثة أيام عاد الوفد.";
        PublicationDate published = PublicationDate.of("2015-07-22", null);
        List<TimeExpression> found = TemporalTagger.load().tagArticle("t", "o", text,
                SeedArticles.sentences("t", "o", text, published), published, Language.ARABIC);
        assertFalse(found.isEmpty());
        for (TimeExpression e : found) {
            assertTrue(TimeValues.isValid(e.getValue()), e.getSurface() + " -> " + e.getValue());
            assertTrue(e.getValue().chars().noneMatch(c -> c >= '\u0660' && c <= '\u0669'), e.getValue());
        }
    }

    @Test
    void periodLabelsAreAsciiDigits() {
        assertEquals("2015-W30", Period.ofWeek("2015-W30").label());
    }
}
