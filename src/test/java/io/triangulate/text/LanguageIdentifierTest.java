package io.triangulate.text;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {

    @Test
    void arabicEnglishAndOthers() {
        assertEquals(Language.ARABIC, LanguageIdentifier.identify(
                "قال وزير الخارجية إن المحادثات التي جرت في مسقط كانت مثمرة، وأضاف أن الجولة المقبلة ستعقد بعد أسبوعين."));
        assertEquals(Language.ENGLISH, LanguageIdentifier.identify(
                "The foreign minister said that the talks in Muscat were useful, and that the next round is due in two weeks."));
        assertEquals(Language.OTHER, LanguageIdentifier.identify(
                "وزیر امور خارجه گفت که این مذاکرات برای دو کشور مفید بود و دور بعدی در مسقط برگزار می شود."), "Persian");
        assertEquals(Language.OTHER, LanguageIdentifier.identify(
                "Le ministre a déclaré que les discussions de Mascate avaient été utiles pour les deux pays concernés."));
        assertEquals(Language.OTHER, LanguageIdentifier.identify("  \n "));
        assertEquals(Language.OTHER, LanguageIdentifier.identify("2015-07-21 12:00"));
        assertEquals(Language.ARABIC, LanguageIdentifier.identify("ﻗﺎﻝ ﻓﻲ ﺑﻴﺎﻥ"), "presentation forms count as Arabic script");
    }

    @Test
    void theArabicBlocksByRange() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
            boolean expected = b == Character.UnicodeBlock.ARABIC || b == Character.UnicodeBlock.ARABIC_SUPPLEMENT
                    || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || b == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B;
            String name = "U+" + Integer.toHexString(c);
            assertEquals(expected, LanguageIdentifier.arabicBlock(c), name);
        }
    }

    /** The words are those of the regular expression the scan replaced, on texts built to trip it up. */
    @Test
    void wordsAsTheRegularExpressionSplitThem() {
        String separators = " \t\n\u000B\f\r!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u060C\u061B\u061F«»“”";
        String letters = "abcقالفي١2ـ\u00A0\u2009é";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(30);
            for (int i = 0; i < length; i++) {
                String from = random.nextInt(3) == 0 ? separators : letters;
                text.append(from.charAt(random.nextInt(from.length())));
            }
            String t = text.toString();
            int limit = t.isEmpty() ? 0 : random.nextInt(t.length() + 1);
            List<String> expected = Arrays.asList(t.substring(0, limit).split("[\\s\\p{Punct}\u060C\u061B\u061F«»“”]+"));
            if (limit == 0 || t.substring(0, limit).chars().allMatch(c -> separators.indexOf(c) >= 0)) {
                continue; // identify() never splits a text without letters
            }
            assertEquals(expected, LanguageIdentifier.words(t, limit), () -> "\"" + t + "\" up to " + limit);
        }
        assertTrue(LanguageIdentifier.words(" a", 2).get(0).isEmpty());
        assertFalse(LanguageIdentifier.words("a ", 2).contains(""));
    }
}
