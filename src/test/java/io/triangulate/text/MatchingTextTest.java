package io.triangulate.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingTextTest {

    @Test
    void foldsArabicOrthographyWithoutTouchingTheOriginal() {
        String shown = "عُمان وإيران الأمريكيّة ـــ مستشفى ی ک ٢٠٢٤";
        MatchingText m = MatchingText.of(shown);
        assertEquals("عمان وايران الامريكيه  مستشفي ي ك 2024", m.text());
        assertEquals("عُمان وإيران الأمريكيّة ـــ مستشفى ی ک ٢٠٢٤", m.original());
    }

    @Test
    void mapsNormalizedSpansBackToTheOriginal() {
        String shown = "زار عُمانَ أمس";
        MatchingText m = MatchingText.of(shown);
        int at = m.text().indexOf("عمان");
        String back = shown.substring(m.originalStart(at), m.originalEnd(at + 4));
        assertEquals("عُمانَ", back);
    }

    @Test
    void presentationFormsAndLigaturesAreUnfolded() {
        assertEquals("لا", MatchingText.normalize("\uFEFB"));
        assertEquals("the financial times", MatchingText.normalize("The Financial Times"));
        assertEquals("\"فاينانشال تايمز\"", MatchingText.normalize("“فاينانشال تايمز”"));
    }

    @Test
    void segmentsArabicSentencesAtStopsQuestionMarksAndLineBreaksButNotCommas() {
        String text = "قال د. علي إن المحادثات جرت، وإنها مفيدة. هل تنجح؟ لا أحد يعرف\nعنوان فرعي";
        List<TextSpan> spans = new SentenceSegmenter().split(text);
        List<String> sentences = spans.stream().map(s -> s.of(text)).toList();
        assertEquals(List.of("قال د. علي إن المحادثات جرت، وإنها مفيدة.", "هل تنجح؟", "لا أحد يعرف",
                "عنوان فرعي"), sentences);
    }

    @Test
    void identifiesArabicEnglishAndOther() {
        assertEquals(Language.ARABIC, LanguageIdentifier.identify("أجرت الولايات المتحدة محادثات سرية مع إيران في عمان"));
        assertEquals(Language.ENGLISH, LanguageIdentifier.identify("The United States held secret talks with Iran in Oman"));
        assertEquals(Language.OTHER, LanguageIdentifier.identify("این یک متن فارسی است که برای آزمایش نوشته شده"));
        assertEquals(Language.OTHER, LanguageIdentifier.identify("Die Vereinigten Staaten führten geheime Gespräche"));
        assertTrue(LanguageIdentifier.identify("12345 !!!") == Language.OTHER);
    }

    @Test
    void theBasicPlaneTableFoldsEveryCodePointAsComputed() {
        int changed = 0;
        for (int cp = 0x80; cp < 0x10000; cp++) {
            String one = String.valueOf((char) cp);
            String expected = MatchingText.computedFold(cp);
            String name = "U+" + Integer.toHexString(cp);
            assertEquals(expected, MatchingText.normalize(one), name);
            if (!expected.equals(one)) {
                changed++;
            }
        }
        assertTrue(changed > 1_000, "NFKC, Arabic, digits and case change many: " + changed);
        assertEquals("ا", MatchingText.normalize("\u0671"));
        assertEquals("", MatchingText.normalize("\u064E"), "a haraka is removed");
    }

    @Test
    void normalizeGivesTheTextOfTheMappedForm() {
        String pieces = "قَالَ ـ ﻻ ﷲ أإآٱ ى ة ١٢٣ ۴ ABC é “x” – \uD835\uDC00 \uD83D\uDE00 \u200F .،";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(25);
            for (int k = 0; k < length; k++) {
                int at = random.nextInt(pieces.length());
                if (Character.isLowSurrogate(pieces.charAt(at))) {
                    at--; // whole code points only
                }
                text.appendCodePoint(pieces.codePointAt(at));
            }
            String t = text.toString();
            assertEquals(MatchingText.of(t).text(), MatchingText.normalize(t), t);
        }
    }
}
