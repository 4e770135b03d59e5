package io.triangulate.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cleaned article text into sentences. ICU's sentence rules know the Arabic question mark
 * and full stop; on top of them a line break always ends a sentence (headlines, list items and
 * paragraphs carry no final punctuation in news pages), and breaks after common abbreviations
 * ("د." for doctor, "Mr.") are suppressed. The Arabic comma and semicolon (، ؛) do not end a
 * sentence: Arabic news prose chains long clauses with them.
 *
 * <p>An instance keeps its ICU iterator, so it serves one thread at a time ({@link #forThisThread()}).
 */
public final class SentenceSegmenter {

    private static final String[] ABBREVIATIONS = {
        "د.", "أ.", "م.", "ص.", "ج.", "ت.", "أ.د.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "St.", "Gen.", "Col.",
        "Lt.", "Sen.", "Rep.", "Gov.", "U.S.", "U.N.", "U.K.", "No.", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.",
        "Nov.", "Dec.", "e.g.", "i.e.", "vs.", "Inc.", "Ltd.", "Co."
    };

    /** Longer sentences are split at the next Arabic comma or semicolon past this many characters. */
    private final int maxSentenceChars;

    /**
     * Built on first use and kept: building a filtered iterator (ICU's rules, the abbreviation trie)
     * cost more than splitting a short article, and C2 compiled the builder as a hot method on the
     * Saudi week. An iterator is stateful, so a segmenter serves one thread at a time.
     */
    private BreakIterator iterator;

    public SentenceSegmenter() {
        this(1500);
    }

    public SentenceSegmenter(int maxSentenceChars) {
        this.maxSentenceChars = maxSentenceChars;
    }

    private static final ThreadLocal<SentenceSegmenter> PER_THREAD = ThreadLocal.withInitial(SentenceSegmenter::new);

    /**
     * The default segmenter of the calling thread. The sentence table is this split of each article's
     * text, so any stage may split an article again and get the same sentence indexes and bounds.
     */
    public static SentenceSegmenter forThisThread() {
        return PER_THREAD.get();
    }

    private static BreakIterator newIterator() {
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getEmptyInstance();
        for (String abbreviation : ABBREVIATIONS) {
            builder.suppressBreakAfter(abbreviation);
        }
        return builder.wrapIteratorWithFilter(BreakIterator.getSentenceInstance(new ULocale("ar")));
    }

    /** Sentence spans of {@code text}, trimmed of surrounding white space, never empty. */
    public List<TextSpan> split(String text) {
        List<TextSpan> spans = new ArrayList<>();
        if (iterator == null) {
            iterator = newIterator();
        }
        BreakIterator it = iterator;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, it, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    private void splitLine(String text, int from, int to, BreakIterator it, List<TextSpan> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            addTrimmed(text, from + start, from + end, out);
        }
    }

    private void addTrimmed(String text, int start, int end, List<TextSpan> out) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start || !hasLetterOrDigit(text, start, end)) {
            return;
        }
        while (end - start > maxSentenceChars) {
            int cut = softBreak(text, start + maxSentenceChars, end);
            if (cut <= start || cut >= end) {
                break;
            }
            out.add(new TextSpan(start, cut));
            start = cut;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
        }
        out.add(new TextSpan(start, end));
    }

    private static int softBreak(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\u060C' || c == '\u061B' || c == ',' || c == ';') {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200F' || c == '\u200E' || c == '\uFEFF';
    }
}
