package io.triangulate.coverage;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue pattern's matches in a text, the same ones {@link Matcher#find()} returns one after another, found
 * by trying the pattern only where a match can begin: at a character that can start one (worked out once
 * per pattern by asking the regex engine about each character), and, for a pattern that begins with
 * {@code (?<!\w)}, only where the character before is not a letter or digit.
 *
 * <p>Why: {@code find()} tries every position of the text, and for ten cues over the Saudi week that
 * was the largest single cost in citation extraction (7% of all task time). Most positions are inside
 * a word, where no cue can start.
 */
final class CueScanner {

    private static final String AFTER_NON_WORD = "(?<!\\w)";
    /** What probing a pattern found: the characters a match can begin with, and whether it matched nothing. */
    private record Probe(BitSet firstChars, boolean matchesEmpty) {
    }

    private static final Map<String, Probe> PROBES = new ConcurrentHashMap<>();

    private final Pattern pattern;
    private final BitSet firstChars;
    private final boolean afterNonWord;
    private final boolean matchesEmpty;

    CueScanner(Pattern pattern) {
        this.pattern = pattern;
        Probe probe = PROBES.computeIfAbsent(pattern.flags() + "/" + pattern.pattern(), k -> probe(pattern));
        this.firstChars = probe.firstChars();
        this.matchesEmpty = probe.matchesEmpty();
        this.afterNonWord = pattern.pattern().startsWith(AFTER_NON_WORD);
    }

    /**
     * Characters a match can begin with: those the pattern matches, or begins to match and then runs out
     * of input on ({@link Matcher#hitEnd()}). Surrogates are always kept (a match may begin with a
     * supplementary character). A pattern seen to match the empty string is scanned without shortcuts.
     * A lone character has nothing before it: a negative lookbehind or a {@code \b} then passes (so more
     * characters are kept, never fewer), but a positive lookbehind, {@code \B} or {@code \G} could fail
     * where the text would match, so a pattern with one is tried at every position.
     */
    private static Probe probe(Pattern pattern) {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        String regex = pattern.pattern();
        if (regex.contains("(?<=") || regex.contains("\\B") || regex.contains("\\G")) {
            // these can fail on a lone character and still match in context: no shortcut
            set.set(0, Character.MAX_VALUE + 1);
            return new Probe(set, false);
        }
        Matcher m = pattern.matcher("");
        boolean empty = m.lookingAt();
        for (int c = 0; c <= Character.MAX_VALUE && !empty; c++) {
            if (Character.isSurrogate((char) c)) {
                set.set(c);
                continue;
            }
            m.reset(String.valueOf((char) c));
            boolean matched = m.lookingAt();
            empty = matched && m.end() == 0;
            if (matched || m.hitEnd()) {
                set.set(c);
            }
        }
        return new Probe(set, empty);
    }

    /**
     * Positions where a pattern beginning with {@code (?<!\w)} can match: the start, and every position
     * after a character that is not a letter or digit. A letter or digit is a word character, so the
     * pattern cannot match after one; other word characters (marks, connectors) are left to the pattern.
     */
    static int[] afterNonLetters(String text) {
        int[] out = new int[Math.max(1, text.length() / 4)];
        int n = 0;
        for (int p = 0; p < text.length(); p++) {
            char before = p == 0 ? ' ' : text.charAt(p - 1);
            if (p == 0 || Character.isSurrogate(before) || !Character.isLetterOrDigit(before)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The matches as {start0, end0, start1, end1, ...}, in text order and not overlapping, exactly those
     * of {@code pattern.matcher(text)} and repeated {@code find()}.
     *
     * @param afterNonLetters {@link #afterNonLetters(String)} of the same text (shared by the cues)
     */
    int[] matches(String text, int[] afterNonLetters) {
        Matcher m = pattern.matcher(text);
        int[] out = new int[4];
        int n = 0;
        if (matchesEmpty) { // may match anywhere, even at the end: no shortcut
            while (m.find()) {
                out = add(out, n, m.start(), m.end());
                n += 2;
            }
            return Arrays.copyOf(out, n);
        }
        m.useTransparentBounds(true).useAnchoringBounds(false); // lookarounds see past the region, as find() does
        int length = text.length();
        int from = 0;
        int next = 0; // index into afterNonLetters
        while (from < length) {
            int p = from;
            if (afterNonWord) {
                while (next < afterNonLetters.length && afterNonLetters[next] < from) {
                    next++;
                }
                if (next == afterNonLetters.length) {
                    break;
                }
                p = afterNonLetters[next];
            }
            if (firstChars.get(text.charAt(p)) && m.region(p, length).lookingAt()) {
                out = add(out, n, m.start(), m.end());
                n += 2;
                from = m.end() > p ? m.end() : p + 1; // as find() goes on after an empty match
            } else {
                from = p + 1;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] add(int[] out, int n, int start, int end) {
        int[] o = n + 2 > out.length ? Arrays.copyOf(out, out.length * 2) : out;
        o[n] = start;
        o[n + 1] = end;
        return o;
    }
}
