package io.triangulate.timeline.timex;

import io.triangulate.model.DatePrecision;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the normalizer over generated Arabic date phrases and publication dates. */
class TimexProperties {

    private static final TemporalTagger TAGGER = TemporalTagger.load();

    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final String[] TAILS = {"", " الماضي", " الجاري", " المقبل", " من العام الماضي", " 2019", " 1440هـ"};
    private static final String[] PHRASES = {"أمس", "اليوم", "غدا", "هذا الأسبوع", "الأسبوع الماضي", "العام الماضي",
        "هذا العام", "الشهر المقبل", "يوم الثلاثاء الماضي", "مساء الجمعة", "الخميس المقبل", "منذ عشرة أشهر",
        "منذ نحو ثمانية أشهر", "بعد أكثر من شهر", "في غضون ساعات", "أوائل فبراير", "نهاية عام 2003", "5 شوال 1436هـ",
        "في الأسابيع الأخيرة", "يوميا", "حاليا", "العاشر من يناير", "الحادي والثلاثين من ديسمبر", "1436 هـ", "رمضان المقبل"};

    @Provide
    Arbitrary<PublicationDate> publicationDates() {
        Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 365 * 40).map(n -> LocalDate.of(1995, 1, 1).plusDays(n));
        Arbitrary<DatePrecision> precisions = Arbitraries.of(DatePrecision.values());
        return Combinators.combine(days, precisions).as((d, p) -> switch (p) {
            case DAY -> PublicationDate.ofDay(d);
            case MONTH -> new PublicationDate(d.toString().substring(0, 7), p);
            case YEAR -> new PublicationDate(d.toString().substring(0, 4), p);
            case UNKNOWN -> PublicationDate.UNKNOWN;
        });
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> monthDates = Combinators.combine(
                Arbitraries.integers().between(0, 31), Arbitraries.of(MONTHS), Arbitraries.of(TAILS))
                .as((d, m, t) -> "وفي " + (d == 0 ? "" : d + " ") + m + t + " اجتمعوا");
        Arbitrary<String> phrases = Arbitraries.of(PHRASES).map(p -> "وقال المسؤول " + p + " إن المحادثات مستمرة");
        return Arbitraries.oneOf(monthDates, phrases).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(". ", l) + ".");
    }

    private static List<TimeExpression> tag(String text, PublicationDate pub) {
        return TAGGER.tagArticle("p", "o", text, SeedArticles.sentences("p", "o", text, pub), pub, Language.ARABIC);
    }

    @Property(tries = 300)
    void everyValueIsValidIsoTimeMl(@ForAll("sentences") String text, @ForAll("publicationDates") PublicationDate pub) {
        for (TimeExpression e : tag(text, pub)) {
            assertTrue(TimeValues.isValid(e.getValue()), () -> e.getSurface() + " -> " + e.getValue() + " with " + pub);
            assertEquals(e.getSurface(), text.substring(e.getStart(), e.getEnd()));
            assertTrue(!e.isResolved() || !e.getValue().contains("X") || e.getType().equals("DURATION"),
                    () -> "a resolved date has no unknown digits: " + e.getValue());
        }
    }

    @Property(tries = 200)
    void movingThePublicationDateMovesRelativeValuesOnly(@ForAll("publicationDates") PublicationDate base,
                                                         @ForAll @IntRange(min = 1, max = 400) int shift) {
        LocalDate day = base.day().orElse(LocalDate.of(2010, 6, 15));
        PublicationDate p1 = PublicationDate.ofDay(day);
        PublicationDate p2 = PublicationDate.ofDay(day.plusDays(shift));
        String text = "وقال أمس إن الاتفاق الموقع في 10 يناير 2020 وفي 5 شوال 1436هـ ما زال قائما منذ عشرة أشهر.";
        List<TimeExpression> a = tag(text, p1);
        List<TimeExpression> b = tag(text, p2);
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            TimeExpression x = a.get(i);
            TimeExpression y = b.get(i);
            if (x.isRelative()) {
                assertEquals(shift, ChronoUnit.DAYS.between(LocalDate.parse(x.getValue()), LocalDate.parse(y.getValue())),
                        x.getSurface());
            } else {
                assertEquals(x.getValue(), y.getValue(), x.getSurface());
            }
        }
        assertEquals(List.of("أمس", "10 يناير 2020", "5 شوال 1436هـ", "عشرة أشهر"), a.stream().map(TimeExpression::getSurface).toList());
    }

    @Property(tries = 300)
    void hijriConversionRoundTrips(@ForAll @IntRange(min = 0, max = 365 * 150) int n) {
        LocalDate d = LocalDate.of(1940, 1, 1).plusDays(n);
        int[] h = HijriDates.fromGregorian(d);
        assertEquals(d, HijriDates.toGregorian(h[0], h[1], h[2]).orElseThrow());
    }
}
