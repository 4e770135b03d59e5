package io.triangulate.text;

import java.util.Set;

/**
 * Tells Arabic, English and other languages apart. The corpus is Arabic and English news, so the
 * decision is made from script first and function words second: Arabic script with Arabic function
 * words is Arabic (Persian and Urdu share the script but not the words); Latin script with English
 * function words is English. Anything else is "other" and flows through with that label.
 */
public final class LanguageIdentifier {

    private static final Set<String> ARABIC_WORDS = Set.of(
            "في", "من", "على", "الى", "إلى", "عن", "ان", "أن", "إن", "التي", "الذي", "هذا", "هذه", "مع", "كان",
            "قال", "بين", "وقد", "او", "أو", "ما", "لا", "لم", "حيث", "بعد", "قبل", "منذ", "كما", "ذلك");
    private static final Set<String> PERSIAN_WORDS = Set.of(
            "است", "این", "که", "را", "های", "می", "برای", "شد", "کرد", "بود", "آن", "با", "ها", "شده");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said", "it",
            "from", "at", "are", "has", "have", "were", "an", "be", "this", "which");

    private LanguageIdentifier() {
    }

    public static Language identify(String text) {
        if (text == null || text.isBlank()) {
            return Language.OTHER;
        }
        int arabicLetters = 0;
        int latinLetters = 0;
        int otherLetters = 0;
        int limit = Math.min(text.length(), 20_000);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
            if (block == Character.UnicodeBlock.ARABIC || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                    || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B
                    || block == Character.UnicodeBlock.ARABIC_SUPPLEMENT) {
                arabicLetters++;
            } else if (c < 0x250) {
                latinLetters++;
            } else {
                otherLetters++;
            }
        }
        int letters = arabicLetters + latinLetters + otherLetters;
        if (letters == 0) {
            return Language.OTHER;
        }
        String[] words = text.substring(0, limit).split("[\\s\\p{Punct}\u060C\u061B\u061F«»“”]+");
        if (arabicLetters * 2 > letters) {
            int arabic = count(words, ARABIC_WORDS, false);
            int persian = count(words, PERSIAN_WORDS, false);
            return persian > arabic ? Language.OTHER : Language.ARABIC;
        }
        if (latinLetters * 2 > letters) {
            int english = count(words, ENGLISH_WORDS, true);
            return english * 20 >= words.length || (words.length < 12 && english > 0) ? Language.ENGLISH
                    : Language.OTHER;
        }
        return Language.OTHER;
    }

    private static int count(String[] words, Set<String> set, boolean lower) {
        int n = 0;
        for (String w : words) {
            if (set.contains(lower ? w.toLowerCase(java.util.Locale.ROOT) : w)) {
                n++;
            }
        }
        return n;
    }
}
