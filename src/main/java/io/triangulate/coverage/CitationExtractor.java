package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.text.MatchingText;
import io.triangulate.text.TextSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the original sources an article cites: cue phrases from {@link CitationCues} over the
 * normalized text, the cited name next to each cue (a quoted name, or up to
 * {@code citationMaxNameWords} words), resolved to a media actor through the mentions inside the name
 * span; plus the footer credits the cleaner carried in {@link Article#getCitedSources()}.
 */
public final class CitationExtractor implements java.io.Serializable {

    private final CitationCues cues;
    private final List<CitationCues.Cue> cueList;
    private transient List<CueScanner> scanners;
    private final Set<String> outletNouns;
    private final Set<String> stopWords;
    private final Set<String> genericSources;
    private final int maxNameWords;

    public CitationExtractor(CitationCues cues, CoverageSettings settings) {
        this.cues = cues;
        this.cueList = List.copyOf(cues.cues());
        this.outletNouns = cues.normalizedOutletNouns();
        this.stopWords = cues.normalizedStopWords();
        this.genericSources = cues.normalizedGenericSources();
        this.maxNameWords = settings.citationMaxNameWords();
    }

    /** A cited name's span in the normalized text, and whether it was in quotes. */
    private record Name(int start, int end, boolean quoted) {
    }

    /**
     * Citations of one article, in text order, then footer credits.
     *
     * @param sentences the article's sentence spans in text order, the i-th being sentence i (as
     *                  {@link io.triangulate.text.SentenceSegmenter} splits the text for the sentence table)
     * @param mentions  the article's actor mentions, any order
     */
    public List<CitationRow> extract(Article article, List<TextSpan> sentences, List<Mention> mentions) {
        String text = article.getText() == null ? "" : article.getText();
        MatchingText mt = MatchingText.of(text);
        List<CitationRow> out = new ArrayList<>();
        Set<Integer> usedMentions = new HashSet<>();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::getStart).thenComparing(Mention::getActorId,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        int[] wordStarts = CueScanner.afterNonLetters(mt.text());
        for (int c = 0; c < cueList.size(); c++) { // cue by cue: an earlier cue claims a mention first
            int[] found = scanners().get(c).matches(mt.text(), wordStarts);
            for (int k = 0; k < found.length; k += 2) {
                int start = found[k];
                int end = found[k + 1];
                CitationCues.Cue cue = cueList.get(c);
                Name name = cue.nameAfter() ? nameAfter(mt.text(), end) : nameBefore(mt.text(), start);
                if (name == null) {
                    continue;
                }
                CitationRow row = resolve(article, mt, cue, start, end, name, sorted, usedMentions, sentences);
                if (row != null) {
                    out.add(row);
                }
            }
        }
        out.sort(Comparator.comparingInt(CitationRow::getStart).thenComparing(CitationRow::getCue));
        out.addAll(footers(article, sorted));
        return out;
    }

    private CitationRow resolve(Article article, MatchingText mt, CitationCues.Cue cue, int cueStart, int cueEnd,
                                Name name, List<Mention> mentions, Set<Integer> used, List<TextSpan> sentences) {
        int spanStart = mt.originalStart(Math.min(cueStart, name.start()));
        int spanEnd = mt.originalEnd(Math.max(cueEnd, name.end()));
        int nameStart = mt.originalStart(name.start());
        int nameEnd = mt.originalEnd(name.end());
        boolean otherActor = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention x = mentions.get(i);
            if (x.getStart() < nameStart || x.getStart() >= nameEnd) {
                continue;
            }
            if ("media".equals(x.getActorType())) {
                if (!used.add(i)) {
                    return null; // another cue already cited this very mention
                }
                String display = x.getActorName() != null ? x.getActorName() : x.getSurface();
                return row(article, sentences, Math.min(spanStart, x.getStart()), Math.max(spanEnd, x.getEnd()),
                        cue.name(), display, x.getActorId());
            }
            otherActor = true;
        }
        String nameText = article.getText().substring(nameStart, nameEnd).strip();
        boolean outletCue = containsOutletNoun(mt.text().substring(cueStart, cueEnd));
        if (otherActor || nameText.isEmpty() || !(name.quoted() || outletCue)
                || genericSources.contains(MatchingText.normalize(nameText))) {
            return null;
        }
        return row(article, sentences, spanStart, spanEnd, cue.name(), nameText, null);
    }

    private CitationRow row(Article a, List<TextSpan> sentences, int start, int end, String cue,
                            String source, String actorId) {
        int index = -1;
        for (int i = 0; i < sentences.size() && index < 0; i++) {
            if (sentences.get(i).start() <= start && start < sentences.get(i).end()) {
                index = i;
            }
        }
        String evidence = index >= 0 ? sentences.get(index).of(a.getText()) : a.getText().substring(start, end);
        return new CitationRow(a.getId(), a.getOutlet(), index, start, end, cue, source,
                actorId, evidence.length() > 400 ? evidence.substring(0, 400) : evidence);
    }

    private boolean containsOutletNoun(String normalizedCue) {
        for (String w : normalizedCue.split("\\s+")) {
            if (outletNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A quoted name right after {@code from}, or up to maxNameWords words up to a stop word or punctuation. */
    private Name nameAfter(String norm, int from) {
        int i = from;
        while (i < norm.length() && Character.isWhitespace(norm.charAt(i))) {
            i++;
        }
        if (i < norm.length() && norm.charAt(i) == '"') {
            int close = norm.indexOf('"', i + 1);
            return close > i + 1 && close - i < 80 ? new Name(i + 1, close, true) : null;
        }
        int end = i;
        int words = 0;
        while (words < maxNameWords) {
            int ws = end;
            while (ws < norm.length() && Character.isWhitespace(norm.charAt(ws))) {
                ws++;
            }
            int we = ws;
            while (we < norm.length() && (Character.isLetterOrDigit(norm.charAt(we)) || norm.charAt(we) == '-')) {
                we++;
            }
            if (we == ws || stopWords.contains(norm.substring(ws, we))) {
                break;
            }
            end = we;
            words++;
        }
        return end > i ? new Name(i, end, false) : null;
    }

    /** The name before a cue ("Reuters reported"): a quoted name, or up to maxNameWords words back. */
    private Name nameBefore(String norm, int to) {
        int i = to;
        while (i > 0 && Character.isWhitespace(norm.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && norm.charAt(i - 1) == '"') {
            int open = norm.lastIndexOf('"', i - 2);
            return open >= 0 && i - open < 80 ? new Name(open + 1, i - 1, true) : null;
        }
        int start = i;
        int words = 0;
        while (words < maxNameWords) {
            int we = start;
            while (we > 0 && Character.isWhitespace(norm.charAt(we - 1))) {
                we--;
            }
            int ws = we;
            while (ws > 0 && (Character.isLetterOrDigit(norm.charAt(ws - 1)) || norm.charAt(ws - 1) == '-')) {
                ws--;
            }
            if (ws == we || stopWords.contains(norm.substring(ws, we))) {
                break;
            }
            start = ws;
            words++;
        }
        return start < i ? new Name(start, i, false) : null;
    }

    /** Footer credits: resolved when the article mentions a media actor under the same name. */
    private List<CitationRow> footers(Article a, List<Mention> mentions) {
        List<CitationRow> out = new ArrayList<>();
        for (String source : a.getCitedSources() == null ? List.<String>of() : a.getCitedSources()) {
            String key = MatchingText.normalize(source.strip());
            if (key.isEmpty() || genericSources.contains(key)) {
                continue;
            }
            String actorId = mentions.stream().filter(m -> "media".equals(m.getActorType()))
                    .filter(m -> MatchingText.normalize(m.getSurface()).equals(key)).map(Mention::getActorId)
                    .findFirst().orElse(null);
            out.add(new CitationRow(a.getId(), a.getOutlet(), -1, -1, -1, "footer", source.strip(), actorId,
                    "المصدر: " + source.strip()));
        }
        return out;
    }

    /** Compiled where used (patterns are not serializable, so executors compile their own). */
    private List<CueScanner> scanners() {
        if (scanners == null) {
            scanners = cueList.stream().map(c -> new CueScanner(c.compiled())).toList();
        }
        return scanners;
    }

    public CitationCues cues() {
        return cues;
    }
}
