package io.triangulate.timeline.timex;

import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every time expression a careful reader finds in the five seeds, with its TIMEX3 type, value, mod
 * and whether it could be anchored, for the publication dates of sample-data/seeds/manifest.json.
 * The lists are exhaustive: an extra or missing expression fails the test.
 */
class TemporalTaggerSeedTest {

    private static TemporalTagger tagger;

    @BeforeAll
    static void load() {
        tagger = TemporalTagger.load();
    }

    /** One expected expression: surface, type, value, mod (or null), resolved. */
    record Expected(String surface, String type, String value, String mod, boolean resolved) {
        static Expected of(String surface, String type, String value) {
            return new Expected(surface, type, value, null, true);
        }
    }

    private static List<TimeExpression> tag(String id) {
        SeedArticles a = SeedArticles.load(id);
        List<TimeExpression> found = tagger.tagArticle(a.id(), a.outlet(), a.text(), a.sentences(), a.published(), Language.ARABIC);
        for (TimeExpression e : found) {
            assertEquals(e.getSurface(), a.text().substring(e.getStart(), e.getEnd()), "offsets point at the surface");
            assertTrue(TimeValues.isValid(e.getValue()), "valid TIMEX3 value: " + e.getValue());
        }
        return found;
    }

    private static void check(String id, List<Expected> expected) {
        List<TimeExpression> found = tag(id);
        List<Expected> actual = found.stream()
                .map(e -> new Expected(e.getSurface(), e.getType(), e.getValue(), e.getMod(), e.isResolved())).toList();
        assertEquals(expected, actual, id);
    }

    @Test
    void seed000PublishedIn2024() {
        check("seed-000", List.of(
                Expected.of("هذا العام", "DATE", "2024"),
                Expected.of("يناير", "DATE", "2024-01"),
                Expected.of("عشرة أشهر", "DURATION", "P10M"),
                Expected.of("فبراير", "DATE", "2024-02"),
                Expected.of("مايو الماضي", "DATE", "2023-05"),
                Expected.of("يومياً", "SET", "P1D"),
                Expected.of("أكتوبر", "DATE", "2023-10"),
                Expected.of("أيام", "DURATION", "PXD"),
                Expected.of("الثاني من فبراير/شباط", "DATE", "2024-02-02"),
                Expected.of("الرابع من فبراير", "DATE", "2024-02-04")));
    }

    @Test
    void seed000MayLastIsReadAgainstTheNarrativeBecauseThePublicationMonthIsUnknown() {
        TimeExpression may = tag("seed-000").stream().filter(e -> e.getSurface().equals("مايو الماضي")).findFirst().orElseThrow();
        assertEquals("text:2024-02", may.getAnchor());
    }

    @Test
    void seed001PublishedFriday17May2024() {
        check("seed-001", List.of(
                Expected.of("شهر", "DURATION", "P1M"),
                Expected.of("مساء الجمعة", "TIME", "2024-05-17TEV"),
                Expected.of("هذا الأسبوع", "DATE", "2024-W20"),
                Expected.of("يناير/كانون الثاني الماضي", "DATE", "2024-01"),
                Expected.of("يوم الثلاثاء الماضي", "DATE", "2024-05-14"),
                Expected.of("الأسابيع الأخيرة", "DURATION", "PXW"),
                Expected.of("الاثنين الماضي", "DATE", "2024-05-13"),
                Expected.of("حاليًا", "DATE", "PRESENT_REF"),
                new Expected("نهاية عام 2003", "DATE", "2003", "END", true),
                new Expected("أكثر من شهر", "DURATION", "P1M", "MORE_THAN", true),
                Expected.of("13 أبريل/نيسان الماضي", "DATE", "2024-04-13")));
    }

    @Test
    void seed002PublishedMarch2024() {
        check("seed-002", List.of(
                Expected.of("يناير الماضي", "DATE", "2024-01"),
                Expected.of("10 يناير الماضي", "DATE", "2024-01-10"),
                new Expected("ما يقرب من ثمانية أشهر", "DURATION", "P8M", "APPROX", true),
                Expected.of("يناير", "DATE", "2024-01"),
                Expected.of("ساعات", "DURATION", "PTXH"),
                Expected.of("11 يناير الماضي", "DATE", "2024-01-11"),
                new Expected("أوائل فبراير", "DATE", "2024-02", "START", true),
                Expected.of("يناير", "DATE", "2024-01"),
                Expected.of("19 نوفمبر", "DATE", "2023-11-19"),
                Expected.of("14 مارس الجاري", "DATE", "2024-03-14"),
                // a month-precise publication date cannot say which week: the weeks of March 2024
                new Expected("هذا الأسبوع", "DATE", "2024-W09/2024-W13", null, false),
                Expected.of("في الوقت الحالي", "DATE", "PRESENT_REF")));
    }

    @Test
    void seed003WithoutPublicationDateNothingRelativeIsGuessed() {
        check("seed-003", List.of(
                new Expected("يناير", "DATE", "XXXX-01", null, false),
                Expected.of("10 أشهر", "DURATION", "P10M"),
                Expected.of("في السابق", "DATE", "PAST_REF"),
                new Expected("امس الثلاثاء", "DATE", "XXXX-WXX-2", null, false),
                new Expected("امس", "DATE", "XXXX-XX-XX", null, false),
                new Expected("اليوم", "DATE", "XXXX-XX-XX", null, false),
                Expected.of("4 فبراير2025", "DATE", "2025-02-04")));
    }

    @Test
    void seed004PublishedIn2025TheTextSetsJanuary2024() {
        check("seed-004", List.of(
                Expected.of("يناير من العام الماضي", "DATE", "2024-01"),
                Expected.of("العاشر من يناير", "DATE", "2024-01-10"),
                new Expected("نحو ثمانية أشهر", "DURATION", "P8M", "APPROX", true)));
        TimeExpression tenth = tag("seed-004").get(1);
        assertEquals("text:2024-01", tenth.getAnchor());
        assertEquals("publication:2025", tag("seed-004").get(0).getAnchor());
    }

    @Test
    void coarsePublicationDateGivesRangesForDayLevelWords() {
        SeedArticles a = SeedArticles.load("seed-002");
        String text = "وقال أمس إن الاجتماع عقد في يناير الماضي.";
        var sentences = SeedArticles.sentences("x", "o", text, a.published());
        List<TimeExpression> found = tagger.tagArticle("x", "o", text, sentences, a.published(), Language.ARABIC);
        assertEquals("2024-02-29/2024-03-30", found.get(0).getValue());
        assertEquals(false, found.get(0).isResolved());
        assertEquals("2024-01", found.get(1).getValue());
        assertEquals(true, found.get(1).isResolved());
    }
}
