package io.triangulate.timeline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberExtractorTest {

    private final NumberExtractor numbers = new NumberExtractor(TimelineLexicon.shared());

    private List<String> counts(String sentence) {
        return numbers.extract(sentence, Word.split(sentence)).stream()
                .map(c -> c.noun() + "=" + (c.high() < 0 ? ">=" + c.low() : c.low() == c.high() ? "" + c.low() : c.low() + ".." + c.high()))
                .toList();
    }

    @Test
    void digitsWithTheirCountedNounsFromSeed002() {
        String s = "لكن الحوثيين واصلوا تنفيذ 102 هجوم على السفن في البحر الأحمر وخليج عدن منذ 19 نوفمبر، وفقًا للبنتاجون"
                + " حتى 14 مارس الجاري، فيما نفذت الولايات المتحدة 44 غارة على أهداف للحوثيين، لكن هذه الهجمات لم تردع الحوثيين،";
        assertEquals(List.of("attack=102", "strike=44"), counts(s), "dates (19 November, 14 March) are not counts");
    }

    @Test
    void tanwinAndPercentagesFromSeed001() {
        assertEquals(List.of("missile=350", "killed=7"), counts("واستخدمت فيه إيران 350 صاروخًا باليستيًا وطائرة مسيرة،"
                + " ردًا على القصف الإسرائيلي والذي أسفر عن مقتل سبعة من عناصر الحرس الثوري الإيراني"));
        assertEquals(List.of(), counts("وأكد الاحتلال أنه صد 99% من الصواريخ والطائرات المسيرة الإيرانية"));
        assertEquals(List.of(), counts("بأن اثنين من كبار المسؤولين في إدارة الرئيس الأمريكي"));
    }

    @Test
    void killedWithAndWithoutANumber() {
        assertEquals(List.of("killed=3"), counts("ردًا على مقتل ثلاثة من أفراد الخدمة الأمريكية في هجوم شنته ميليشيا عراقية"));
        assertEquals(List.of("killed=>=3"), counts("إلى مقتل جنود أمريكيين."));
    }

    @Test
    void vagueQuantitiesCompoundsAndArabicIndicDigits() {
        assertEquals(List.of("missile=20..99"), counts("أطلقت الميليشيات العراقية عشرات الصواريخ والطائرات"));
        assertEquals(List.of("missile=25"), counts("أطلقوا خمسة وعشرين صاروخا"));
        assertEquals(List.of("strike=13"), counts("نفذت ثلاث عشرة غارة"));
        assertEquals(List.of("attack=102"), counts("تنفيذ ١٠٢ هجوم"));
        assertTrue(counts("في الثاني من فبراير").isEmpty());
        assertEquals(List.of(), counts("عام 2004 هجوم إرهابي بسيارة مفخخة"), "a year, not 2004 attacks");
    }
}
