package io.triangulate.text;

import java.util.ArrayList;
import java.util.List;
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
            if (arabicBlock(c)) {
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
        List<String> words = words(text, limit);
        if (arabicLetters * 2 > letters) {
            int arabic = count(words, ARABIC_WORDS, false);
            int persian = count(words, PERSIAN_WORDS, false);
            return persian > arabic ? Language.OTHER : Language.ARABIC;
        }
        if (latinLetters * 2 > letters) {
            int english = count(words, ENGLISH_WORDS, true);
            return english * 20 >= words.size() || (words.size() < 12 && english > 0) ? Language.ENGLISH
                    : Language.OTHER;
        }
        return Language.OTHER;
    }

    /**
     * The Arabic, Arabic Supplement and both presentation-form blocks, by range. On the Saudi week this
     * method took nearly half of the article-building step's CPU (JFR samples), two thirds of it in
     * {@code Character.UnicodeBlock.of} (a lookup per letter) and in a regular-expression split.
     */
    static boolean arabicBlock(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF');
    }

    /**
     * The first {@code limit} characters split at runs of white space and punctuation, as
     * {@code split("[\\s\\p{Punct}،؛؟«»“”]+")} would (an empty first word when the text starts with
     * a separator, none at the end), without the regular expression.
     */
    static List<String> words(String text, int limit) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < limit; i++) {
            if (separator(text.charAt(i))) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                } else if (i == 0) {
                    words.add("");
                }
            } else if (start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            words.add(text.substring(start, limit));
        }
        return words;
    }

    private static boolean separator(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') // \\s: space, \t, \n, \u000B, \f, \r
                || (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~')
                || c == '\u060C' || c == '\u061B' || c == '\u061F' || c == '«' || c == '»' || c == '“' || c == '”';
    }

    private static int count(List<String> words, Set<String> set, boolean lower) {
        int n = 0;
        for (String w : words) {
            if (set.contains(lower ? w.toLowerCase(java.util.Locale.ROOT) : w)) {
                n++;
            }
        }
        return n;
    }
}
