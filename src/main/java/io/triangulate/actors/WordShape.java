package io.triangulate.actors;

/** Word boundaries in normalized text: letters (and digits, for Latin) make words; the rest separates them. */
final class WordShape {

    private WordShape() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Start of the word that ends at (or contains) {@code pos}: scans left over word characters. */
    static int wordStart(String s, int pos) {
        int i = pos;
        while (i > 0 && isWordChar(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static int wordEnd(String s, int pos) {
        int i = pos;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The word before {@code pos} if only white space separates them, else "". */
    static String previousWord(String s, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        if (i == pos && pos > 0) {
            return "";
        }
        return s.substring(wordStart(s, i), i);
    }

    /** Start offset of {@link #previousWord}. */
    static int previousWordStart(String s, int pos) {
        int i = pos;
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return wordStart(s, i);
    }

    /** The word after {@code pos} if only white space separates them, else "". */
    static String nextWord(String s, int pos) {
        int i = pos;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i == pos && pos < s.length()) {
            return "";
        }
        return s.substring(i, wordEnd(s, i));
    }

    /** A dateline: the word ends with ':' ("القاهرة:") or follows a dash ("سبق- الرياض"). */
    static boolean isDateline(String s, int wordStart, int wordEnd) {
        int after = wordEnd;
        while (after < s.length() && s.charAt(after) == ' ') {
            after++;
        }
        int before = wordStart;
        while (before > 0 && s.charAt(before - 1) == ' ') {
            before--;
        }
        return after < s.length() && s.charAt(after) == ':' || before > 0 && s.charAt(before - 1) == '-';
    }

    /** An Arabic relative adjective with the article ("البحريني", "الأردنية"): the title belongs to that country. */
    static boolean looksLikeNisba(String word) {
        return word.length() >= 5 && word.startsWith("ال") && (word.endsWith("ي") || word.endsWith("يه"));
    }
}
