package io.triangulate.timeline.timex;

import io.triangulate.model.PublicationDate;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Single sentences: false hits on ordinary words, Hijri dates, English, and the anchoring rules. */
class TemporalTaggerTest {

    private static TemporalTagger tagger;

    @BeforeAll
    static void load() {
        tagger = TemporalTagger.load();
    }

    static List<TimeExpression> tag(String text, String pub, Language language) {
        PublicationDate p = pub == null ? PublicationDate.UNKNOWN : PublicationDate.of(pub, null);
        return tagger.tagArticle("t", "o", text, SeedArticles.sentences("t", "o", text, p), p, language);
    }

    private static String only(String text, String pub, Language language) {
        List<TimeExpression> found = tag(text, pub, language);
        assertEquals(1, found.size(), () -> "one expression in «" + text + "», got " + found.stream().map(TimeExpression::getSurface).toList());
        TimeExpression e = found.get(0);
        return e.getSurface() + "|" + e.getType() + "|" + e.getValue() + (e.getMod() == null ? "" : "|" + e.getMod());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "لم تكن دقيقة على الأرجح.",
        "عقدا محادثات غير مباشرة مع مسؤولين إيرانيين.",
        "وطلبت إيران عقد الاجتماع في مسقط.",
        "وفاز للمرة الثانية بالبطولة.",
        "وكان الأول بين الخصمين.",
        "حضر الأمسية الشعرية عدد كبير.",
        "وصد 99% من الصواريخ.",
        "واستخدمت فيه إيران 350 صاروخًا باليستيًا.",
        "نفذ الحوثيون 102 هجوم على السفن.",
        "يجب على إيران في نهاية المطاف الضغط على الجماعة.",
        "مارس الضغط على الحكومة.",
        "وقال الأمين العام الحالي إن الوضع صعب.",
        "نحن في أمس الحاجة إلى الدعم.",
        "وقال سبعة من عناصر الحرس.",
        "ومنذ يوم تنصيبه رئيسا تغير الكثير.",
        "واحتفلت المملكة باليوم الوطني.",
        "وفي اليوم التالي غادر الوفد.",
        "وقعت الشركة ثلاثة عقود جديدة.",
        "قال محمد رمضان إن الفيلم نجح.",
        "دعا إلى أكثر من 2000 شخص.",
        "وخلال عقد الاجتماع تحدث الوزير."
    })
    void ordinaryWordsAreNotTime(String sentence) {
        assertEquals(List.of(), tag(sentence, "2024-05-17", Language.ARABIC).stream().map(TimeExpression::getSurface).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The deal may collapse.",
        "Protesters march on the capital.",
        "It was a second chance for the 350 soldiers."
    })
    void ordinaryEnglishWordsAreNotTime(String sentence) {
        assertEquals(List.of(), tag(sentence, "2024-05-17", Language.ENGLISH).stream().map(TimeExpression::getSurface).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "الموافق 5 شوال 1436هـ;5 شوال 1436هـ|DATE|2015-07-21",
        "وتاريخ 26 - 5 - 1436هـ قرر المجلس;26 - 5 - 1436هـ|DATE|2015-03-17",
        "ولد في الرياض عام 1396هـ;عام 1396هـ|DATE|1976-01-03/1976-12-21",
        "حتى 1437/3/15هـ;1437/3/15هـ|DATE|2015-12-26",
        "خلال شهر رمضان الماضي;شهر رمضان الماضي|DATE|2015-06-18/2015-07-16",
        "غادر الوفد 11 صفر 309هـ;11 صفر 309هـ|DATE|0921-06-26",
        "وهنأ المواطنين بعيد الفطر المبارك;عيد الفطر المبارك|DATE|2015-07-17",
        "وزعوا الهدايا ليلة العيد على الأطفال;ليلة العيد|TIME|2015-07-16TNI",
        "ينتظر أن يعود بعد عيد الأضحى المبارك;عيد الأضحى المبارك|DATE|2015-09-23"
    })
    void hijriDatesGetTheirGregorianValue(String sentence, String expected) {
        assertEquals(expected, only(sentence, "2015-07-21", Language.ARABIC));
        assertEquals("hijri", tag(sentence, "2015-07-21", Language.ARABIC).get(0).getCalendar());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "The talks took place on January 10, 2024.;January 10, 2024|DATE|2024-01-10",
        "They met on 10 January 2024 in Muscat.;10 January 2024|DATE|2024-01-10",
        "Officials met last Tuesday.;last Tuesday|DATE|2024-05-14",
        "Talks were held this week.;this week|DATE|2024-W20",
        "The envoy left yesterday.;yesterday|DATE|2024-05-16",
        "In early February the US struck.;early February|DATE|2024-02|START",
        "The freeze lasted for ten months.;ten months|DURATION|P10M",
        "In May they met.;May|DATE|2024-05",
        "The program stopped in 2003.;2003|DATE|2003",
        "The statement came on Friday evening.;Friday evening|TIME|2024-05-17TEV",
        "Two years ago the talks failed.;Two years ago|DATE|2022",
        "Contacts continued for more than a month.;more than a month|DURATION|P1M|MORE_THAN",
        "The vote is due at 10 a.m. on Friday, officials said.;10 a.m. on Friday|TIME|2024-05-17T10:00"
    })
    void english(String sentence, String expected) {
        assertEquals(expected, only(sentence, "2024-05-17", Language.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "اجتمعوا أمس في مسقط;أمس|DATE|2024-05-16",
        "وصل غدا إلى مسقط;غدا|DATE|2024-05-18",
        "صرح مساء أمس;مساء أمس|TIME|2024-05-16TEV",
        "اجتمعوا الأسبوع الماضي;الأسبوع الماضي|DATE|2024-W19",
        "وقعت الاتفاقية الشهر الماضي;الشهر الماضي|DATE|2024-04",
        "سيعقد في العام المقبل;العام المقبل|DATE|2025",
        "ويلتقيان يوم الأحد المقبل;يوم الأحد المقبل|DATE|2024-05-19",
        "وفي منتصف العام الماضي;منتصف العام الماضي|DATE|2023|MID",
        "وقال في 2015 إن;2015|DATE|2015",
        "منذ 3 أيام;3 أيام|DURATION|P3D",
        "بعد يومين;يومين|DURATION|P2D",
        "خلال السنوات العشر الماضية;السنوات العشر الماضية|DURATION|P10Y",
        "منذ عقد من الزمن;عقد|DURATION|P10Y",
        "وفي الحادي والعشرين من مارس;الحادي والعشرين من مارس|DATE|2024-03-21",
        "في الخامس عشر من أغسطس 2023;الخامس عشر من أغسطس 2023|DATE|2023-08-15",
        "في يونيو (حزيران) 2012;يونيو (حزيران) 2012|DATE|2012-06",
        "بعد أكثر من شهر على الهجوم;أكثر من شهر|DURATION|P1M|MORE_THAN",
        "وفي غضون ساعات;ساعات|DURATION|PTXH",
        "يعقد في 20 يونيو المقبل;20 يونيو المقبل|DATE|2024-06-20",
        "أقيل بقرار مثير للجدل قبل 6 أشهر.;قبل 6 أشهر|DATE|2023-11",
        "قبل ستة أشهر من الانتخابات;ستة أشهر|DURATION|P6M",
        "لن يتعاقد مع لاعبين هذا الصيف;هذا الصيف|DATE|2024-SU",
        "أقامت الجمعية مؤخرا حفلا;مؤخرا|DATE|PAST_REF",
        "يعود في الصيف المقبل;الصيف المقبل|DATE|2024-SU",
        "باشروا عند الساعة التاسعة من صباح اليوم;الساعة التاسعة من صباح اليوم|TIME|2024-05-17T09:00",
        "يبدأ الحفل الساعة 10:30 مساء;الساعة 10:30 مساء|TIME|XXXX-XX-XXT22:30"
    })
    void arabic(String sentence, String expected) {
        assertEquals(expected, only(sentence, "2024-05-17", Language.ARABIC));
    }

    @Test
    void aSentenceAboutTheFutureTakesTheNextMonthOrWeekday() {
        assertEquals("فجر الجمعة|TIME|2015-07-24TMO", only("سيغادر إلى ميلانو فجر الجمعة للإشراف على المعسكر", "2015-07-23", Language.ARABIC));
        assertEquals("فجر الجمعة|TIME|2015-07-17TMO", only("غادر إلى ميلانو فجر الجمعة للإشراف على المعسكر", "2015-07-23", Language.ARABIC));
        assertEquals("السادس من أغسطس|DATE|2015-08-06", only("يستمر المعسكر حتى السادس من أغسطس", "2015-07-23", Language.ARABIC));
        assertEquals("السادس من أغسطس|DATE|2014-08-06", only("انتهى المعسكر في السادس من أغسطس", "2015-07-23", Language.ARABIC));
    }

    @Test
    void aWeekdayNamedWithTodayCorrectsAnOffPublicationDate() {
        TimeExpression e = tag("قال في مقابلة أذيعت اليوم الأحد إنه", "2015-07-24", Language.ARABIC).get(0);
        assertEquals("2015-07-26", e.getValue());
        assertEquals("publication:2015-07-24+weekday", e.getAnchor());
        assertEquals("2015-07-24", tag("قال في مقابلة أذيعت اليوم الجمعة إنه", "2015-07-24", Language.ARABIC).get(0).getValue());
    }

    @Test
    void theSecondYearOfAPairIsAYear() {
        List<TimeExpression> found = tag("لعب بين عامي 1986 و1990 في الفريق.", "2015-07-21", Language.ARABIC);
        assertEquals(List.of("1986", "1990"), found.stream().map(TimeExpression::getValue).toList());
    }

    @Test
    void theArabSpringIsNotASeason() {
        assertEquals(List.of(), tag("خلال الربيع العربي تغيرت المنطقة.", "2015-07-21", Language.ARABIC));
    }

    @Test
    void monthPastResolvesToTheLatestSuchMonthBeforePublication() {
        assertEquals("يناير الماضي|DATE|2024-01", only("في يناير الماضي", "2024-03", Language.ARABIC));
        assertEquals("يونيو الماضي|DATE|2023-06", only("في يونيو الماضي", "2024-03", Language.ARABIC));
        assertEquals("ديسمبر الماضي|DATE|2023-12", only("في ديسمبر الماضي", "2024", Language.ARABIC));
        // Year-only publication and no text reference: January 2024 or 2025 depends on the unknown month.
        TimeExpression jan = tag("في يناير الماضي", "2025", Language.ARABIC).get(0);
        assertEquals("XXXX-01", jan.getValue());
        assertEquals(false, jan.isResolved());
    }

    @Test
    void bareMonthIsTheLatestNotAfterPublication() {
        assertEquals("يونيو|DATE|2023-06", only("وفي يونيو انسحبوا", "2024-05-17", Language.ARABIC));
        assertEquals("مايو|DATE|2024-05", only("وفي مايو انسحبوا", "2024-05-17", Language.ARABIC));
    }

    @Test
    void offsetsSkipTheConjunctionAndPrepositionClitics() {
        List<TimeExpression> found = tag("وبعد أيام، وفي العاشر من يناير والعام الماضي.", "2024-05-17", Language.ARABIC);
        assertEquals(List.of("أيام", "العاشر من يناير", "العام الماضي"), found.stream().map(TimeExpression::getSurface).toList());
        for (TimeExpression e : found) {
            assertTrue(e.getStart() < e.getEnd());
        }
    }

    @Test
    void arabicIndicDigitsAreRead() {
        assertEquals("١٠ يناير ٢٠٢٤|DATE|2024-01-10", only("عقدت في ١٠ يناير ٢٠٢٤ في مسقط", "2024-05-17", Language.ARABIC));
    }
}
