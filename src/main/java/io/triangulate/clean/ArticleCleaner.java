package io.triangulate.clean;

import io.triangulate.text.MatchingText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps an article's body and removes page furniture, line by line. News pages print furniture as
 * whole lines (mastheads, captions, share boxes, "read also" links, keyword and related-article
 * lists), so a line is the unit of decision; a kept line is copied verbatim, which keeps the map
 * back to the input trivial. Once a tail marker (keyword list, related articles, source footer)
 * follows some body text, everything after it is furniture: that is where pages append unrelated
 * articles.
 */
public final class ArticleCleaner implements java.io.Serializable {

    // compiled once: String.replaceAll and split compiled these for each of the week's lines
    private static final Pattern FIRST_WORD = Pattern.compile("^\\*?\\s*\\S+\\s*");
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"«“'\\s]+|[\"»”'\\s.]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:|\\-]+$");

    private final FurnitureCues cues;
    private final Pattern sourceFooter;
    private final Pattern serviceCredit;
    private final Pattern agencyCredit;

    public ArticleCleaner(FurnitureCues cues) {
        this.cues = cues;
        this.sourceFooter = cues.sourceFooter();
        this.serviceCredit = cues.serviceCredit();
        this.agencyCredit = cues.agencyCredit();
    }

    public static ArticleCleaner withDefaultCues() {
        return new ArticleCleaner(FurnitureCues.loadDefault());
    }

    /**
     * @param raw               the article text as read
     * @param deriveTitle       take a headline-like first line as the title (plain-text inputs)
     * @param outletBoilerplate normalized lines learned as this outlet's boilerplate (may be empty)
     */
    public CleanedText clean(String raw, boolean deriveTitle, Set<String> outletBoilerplate) {
        List<Line> lines = Line.split(raw);
        Map<String, Integer> occurrences = new HashMap<>();
        for (Line line : lines) {
            occurrences.merge(line.key, 1, Integer::sum);
        }
        Map<String, Integer> removed = new TreeMap<>();
        Set<String> cited = new LinkedHashSet<>();
        Set<String> seenLong = new HashSet<>();
        List<Line> kept = new ArrayList<>();
        boolean skipNextHeadline = false;
        boolean tail = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String reason;
            if (tail) {
                reason = "after_tail_marker";
            } else if (skipNextHeadline && isHeadlineLike(line)) {
                reason = "read_also";
            } else {
                reason = furnitureReason(line, lines, i, occurrences, outletBoilerplate, cited, seenLong);
            }
            skipNextHeadline = false;
            if (reason == null) {
                kept.add(line);
                continue;
            }
            removed.merge(reason, 1, Integer::sum);
            if (reason.equals("read_also") && line.key.length() <= 20) {
                skipNextHeadline = true;
            }
            if ((reason.equals("tail_marker") || reason.equals("source_footer"))
                    && kept.size() >= cues.minBodyLinesBeforeTail()) {
                tail = true;
            }
        }
        String title = null;
        if (deriveTitle && !kept.isEmpty() && isHeadlineLike(kept.get(0)) && kept.size() > 1) {
            title = kept.remove(0).text;
            removed.merge("title", 1, Integer::sum);
        }
        return assemble(raw, kept, title, new ArrayList<>(cited), removed);
    }

    private String furnitureReason(Line line, List<Line> lines, int i, Map<String, Integer> occurrences,
                                   Set<String> boilerplate, Set<String> cited, Set<String> seenLong) {
        String key = line.key;
        if (boilerplate.contains(key)) {
            return "outlet_boilerplate";
        }
        if (cues.dropLines().contains(key) || startsWithAny(key, cues.dropLinePrefixes())) {
            return "share_or_newsletter";
        }
        if (!hasLetter(key)) {
            return "punctuation_only";
        }
        if (startsWithAny(key, cues.readAlsoPrefixes()) && line.words <= 30) {
            return "read_also";
        }
        if (cues.tailMarkers().contains(key) || startsWithAny(key, suffixed(cues.tailMarkers()))) {
            return "tail_marker";
        }
        Matcher footer = sourceFooter.matcher(key);
        if (footer.matches()) {
            cited.add(originalTail(line, ':'));
            return "source_footer";
        }
        if (serviceCredit.matcher(key).matches()) {
            cited.add(stripQuotes(originalAfterFirstWord(line)));
            return "source_credit";
        }
        if (agencyCredit.matcher(key).matches()) {
            return "byline_credit";
        }
        if (line.words <= 16 && (endsWithAny(key, cues.captionSuffixes()) || startsWithAny(key, cues.captionPrefixes()))) {
            return "caption";
        }
        if (isImageCaptionPair(lines, i)) {
            return "caption";
        }
        if (occurrences.get(key) > 1) {
            if (line.words <= cues.maxRepeatedLineWords()) {
                return "repeated_line";
            }
            if (!seenLong.add(key)) {
                return "repeated_line";
            }
        }
        return null;
    }

    /**
     * Image blocks print the picture's alt text and its caption as two short lines, the first a
     * truncated prefix of the second ("استهداف السفن في" / "استهداف السفن في البحر الأحمر").
     */
    private boolean isImageCaptionPair(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (line.words > 16 || line.key.length() < 8) {
            return false;
        }
        if (i + 1 < lines.size()) {
            Line next = lines.get(i + 1);
            if (next.words <= 16 && next.key.length() > line.key.length() && next.key.startsWith(line.key)) {
                return true;
            }
        }
        if (i > 0) {
            Line previous = lines.get(i - 1);
            return previous.words <= 16 && previous.key.length() >= 8 && line.key.length() > previous.key.length()
                    && line.key.startsWith(previous.key) && isHeadlineLike(line);
        }
        return false;
    }

    private boolean isHeadlineLike(Line line) {
        if (line.words == 0 || line.words > cues.maxHeadlineWords()) {
            return false;
        }
        char last = line.text.charAt(line.text.length() - 1);
        return ".!?؟…:".indexOf(last) < 0 || line.text.endsWith("..");
    }

    private static CleanedText assemble(String raw, List<Line> kept, String title, List<String> cited,
                                        Map<String, Integer> removed) {
        StringBuilder text = new StringBuilder();
        int[] spans = new int[kept.size() * 3];
        int keptChars = 0;
        for (int k = 0; k < kept.size(); k++) {
            Line line = kept.get(k);
            if (k > 0) {
                text.append('\n');
            }
            spans[3 * k] = text.length();
            spans[3 * k + 1] = line.start;
            spans[3 * k + 2] = line.text.length();
            text.append(line.text);
            keptChars += nonSpace(line.text);
        }
        int titleChars = title == null ? 0 : nonSpace(title);
        int furniture = Math.max(0, nonSpace(raw) - keptChars - titleChars);
        return new CleanedText(text.toString(), title, cited, spans, furniture, removed);
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static List<String> suffixed(List<String> markers) {
        List<String> out = new ArrayList<>(markers.size());
        for (String m : markers) {
            out.add(m + ":");
            out.add(m + " :");
        }
        return out;
    }

    private static boolean startsWithAny(String key, List<String> prefixes) {
        for (String p : prefixes) {
            if (key.startsWith(p) && (key.length() == p.length() || !Character.isLetter(key.charAt(p.length()))
                    || !Character.isLetter(p.charAt(p.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String key, List<String> suffixes) {
        for (String s : suffixes) {
            if (key.endsWith(s) && (key.length() == s.length() || !Character.isLetter(key.charAt(key.length() - s.length() - 1))
                    || !Character.isLetter(s.charAt(0)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String originalTail(Line line, char separator) {
        int at = line.text.indexOf(separator);
        if (at < 0) {
            at = line.text.indexOf('：');
        }
        return stripQuotes(line.text.substring(at + 1).trim());
    }

    private static String originalAfterFirstWord(Line line) {
        String t = FIRST_WORD.matcher(line.text).replaceFirst("");
        return t.trim();
    }

    private static String stripQuotes(String s) {
        return QUOTES_AROUND.matcher(s).replaceAll("");
    }

    /** A non-blank input line with its position and normalized key. */
    private static final class Line {
        final String text;
        final int start;
        final String key;
        final int words;

        private Line(String text, int start) {
            this.text = text;
            this.start = start;
            this.key = keyOf(text);
            this.words = key.isEmpty() ? 0 : MatchingText.WHITE_SPACE.split(key).length;
        }

        static String keyOf(String text) {
            return TRAILING_PUNCTUATION.matcher(MatchingText.key(text)).replaceAll("").trim();
        }

        static List<Line> split(String raw) {
            List<Line> lines = new ArrayList<>();
            int i = 0;
            while (i <= raw.length()) {
                int end = raw.indexOf('\n', i);
                if (end < 0) {
                    end = raw.length();
                }
                int s = i;
                int e = end;
                while (s < e && isTrim(raw.charAt(s))) {
                    s++;
                }
                while (e > s && isTrim(raw.charAt(e - 1))) {
                    e--;
                }
                if (e > s) {
                    lines.add(new Line(raw.substring(s, e), s));
                }
                i = end + 1;
            }
            return lines;
        }

        private static boolean isTrim(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\uFEFF' || c == '\u200F' || c == '\u200E';
        }
    }

    /** Normalized key of a line, as the boilerplate learner and the cleaner both compare lines. */
    public static String lineKey(String line) {
        return Line.keyOf(line);
    }

    /** Distinct normalized lines of a text that could be outlet boilerplate (short lines only). */
    public static Set<String> boilerplateCandidates(String raw, int maxChars) {
        Set<String> keys = new LinkedHashSet<>();
        for (Line line : Line.split(raw)) {
            if (line.key.length() >= 2 && line.key.length() <= maxChars) {
                keys.add(line.key);
            }
        }
        return keys;
    }
}
