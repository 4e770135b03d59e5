package io.triangulate.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

import java.util.regex.Pattern;

/**
 * The form of a text used for matching (actors, dates, shingles), with a map back to the text the
 * reader sees. Normalization never touches the displayed text: it produces this parallel string.
 *
 * <p>Per code point: NFKC (Arabic presentation forms and ligatures to base letters), then Lucene's
 * {@link PersianNormalizer} (Persian yeh and keheh, heh-yeh) and {@link ArabicNormalizer} (harakat and
 * tatweel removed; أ إ آ ٱ → ا; ى → ي; ة → ه), then Arabic-Indic and extended digits to ASCII,
 * Latin to lower case, and typographic quotes and dashes to ASCII. Because it works code point by
 * code point, every normalized character knows the original character it came from.
 */
public final class MatchingText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();

    private final String original;
    private final String text;
    /** originStart[i] = index in the original of the code point that produced normalized char i. */
    private final int[] originStart;
    private final int[] originEnd;

    private MatchingText(String original, String text, int[] originStart, int[] originEnd) {
        this.original = original;
        this.text = text;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    public static MatchingText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 16];
        int[] ends = new int[original.length() + 16];
        char[] buf = new char[8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = out.length();
            foldInto(cp, out, buf);
            int added = out.length() - before;
            if (added == 0 && before > 0) {
                // A removed mark (haraka, tatweel) belongs to the letter before it, so spans keep it.
                ends[before - 1] = next;
            }
            if (out.length() > starts.length) {
                starts = java.util.Arrays.copyOf(starts, Math.max(starts.length * 2, out.length()));
                ends = java.util.Arrays.copyOf(ends, starts.length);
            }
            for (int k = before; k < out.length(); k++) {
                starts[k] = i;
                ends[k] = next;
            }
            i = next;
        }
        return new MatchingText(original, out.toString(), java.util.Arrays.copyOf(starts, out.length()),
                java.util.Arrays.copyOf(ends, out.length()));
    }

    /** Runs of white space (Java's \\s), compiled once for every caller that splits or collapses them. */
    public static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /**
     * {@link #normalize} with runs of white space made one space, trimmed: the key by which names, cues,
     * lines and whole texts are compared. The pattern is compiled once; String.replaceAll compiled it
     * for each of the week's few hundred thousand lines.
     */
    public static String key(String s) {
        return WHITE_SPACE.matcher(normalize(s)).replaceAll(" ").trim();
    }

    /**
     * Normalized form only, for keys and dictionary entries: the text of {@link #of}, without the map
     * back to the original, whose two arrays per call cost as much as the folding.
     */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char[] buf = new char[8];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            foldInto(cp, out, buf);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void foldInto(int cp, StringBuilder out, char[] buf) {
        if (cp < 0x10000) {
            char one = BasicPlane.ONE[cp];
            if (one != BasicPlane.NOT_ONE) {
                out.append(one);
            } else {
                out.append(BasicPlane.OTHER[cp]);
            }
            return;
        }
        foldComputed(cp, out, buf);
    }

    /**
     * The fold of every code point of the Basic Multilingual Plane, computed once per JVM by
     * {@link #foldComputed}. The fold is a function of the code point alone, so a table gives the same
     * text; computing it per character (two Lucene normalizers, ICU's digit and NFKC lookups) was 10% of
     * the Saudi week's task time, spent by every stage that normalizes text.
     */
    private static final class BasicPlane {
        /** In {@link #ONE}: the fold is not exactly one char; see {@link #OTHER}. U+FFFF is a noncharacter. */
        static final char NOT_ONE = '\uFFFF';
        static final char[] ONE = new char[0x10000];
        static final String[] OTHER = new String[0x10000];

        static {
            StringBuilder out = new StringBuilder(8);
            char[] buf = new char[8];
            for (int cp = 0; cp < 0x10000; cp++) {
                out.setLength(0);
                foldComputed(cp, out, buf);
                if (out.length() == 1 && out.charAt(0) != NOT_ONE) {
                    ONE[cp] = out.charAt(0);
                } else {
                    ONE[cp] = NOT_ONE;
                    OTHER[cp] = out.toString();
                }
            }
        }
    }

    /** The fold of one code point as computed, bypassing the table (for tests). */
    static String computedFold(int cp) {
        StringBuilder out = new StringBuilder(4);
        foldComputed(cp, out, new char[8]);
        return out.toString();
    }

    private static void foldComputed(int cp, StringBuilder out, char[] buf) {
        if (cp < 0x80) {
            // ASCII needs only lower-casing
            out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
            return;
        }
        if (cp < 0x10000 && NFKC.isInert(cp)) {
            foldChar((char) cp, out, buf);
            return;
        }
        String nfkc = NFKC.normalize(new String(Character.toChars(cp)));
        for (int k = 0; k < nfkc.length(); k++) {
            foldChar(nfkc.charAt(k), out, buf);
        }
    }

    private static void foldChar(char c, StringBuilder out, char[] buf) {
        if (isArabicBlock(c)) {
            buf[0] = c;
            int len = PERSIAN.normalize(buf, 1);
            len = len == 0 ? 0 : ARABIC.normalize(buf, len);
            if (len == 0) {
                return;
            }
            c = buf[0];
            if (c == '\u0671') { // alef wasla, which Lucene leaves alone
                c = '\u0627';
            }
        }
        int digit = UCharacter.digit(c, 10);
        if (digit >= 0 && !(c >= '0' && c <= '9')) {
            out.append((char) ('0' + digit));
            return;
        }
        out.append(foldPunctuation(Character.toLowerCase(c)));
    }

    private static boolean isArabicBlock(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    private static char foldPunctuation(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u201F' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B' -> '\'';
            case '\u2013', '\u2014', '\u2212' -> '-';
            case '\u00A0', '\u200F', '\u200E' -> ' ';
            default -> c;
        };
    }

    public String original() {
        return original;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Start in the original of the normalized character at {@code i}. */
    public int originalStart(int i) {
        if (text.isEmpty()) {
            return 0;
        }
        return i >= originStart.length ? original.length() : originStart[i];
    }

    /** End (exclusive) in the original of the normalized span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        if (end <= 0) {
            return end == 0 && originStart.length > 0 ? originStart[0] : 0;
        }
        return originEnd[Math.min(end, originEnd.length) - 1];
    }
}
