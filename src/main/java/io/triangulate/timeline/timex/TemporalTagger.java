package io.triangulate.timeline.timex;

import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;
import io.triangulate.text.MatchingText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tags the time expressions of an article (TIMEX3 type, value, mod) in Arabic and English. Sentences
 * are read in order: a date the text sets ("في يناير من العام الماضي") becomes the reference for the
 * dates after it that lack a year. Offsets are into the article text; the surface is the original
 * substring. Thread-safe after {@link #load()}; build one per JVM (the resources are read once).
 */
public final class TemporalTagger {

    private static final Pattern TIME_OF_DAY_VALUE = Pattern.compile("[\\dX]{4}-.*T.*");

    private final TimexGrammar arabic;
    private final TimexGrammar english;
    private final TimexResolver resolver = new TimexResolver();

    private TemporalTagger(TimexConfig config) {
        this.arabic = new TimexGrammar(TimexLexicon.load(config.arabicLexicon()), config);
        this.english = new TimexGrammar(TimexLexicon.load(config.englishLexicon()), config);
    }

    /** Reads the configuration and both vocabularies from the classpath. */
    public static TemporalTagger load() {
        return new TemporalTagger(TimexConfig.load());
    }

    public static TemporalTagger load(TimexConfig config) {
        java.util.List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid timex configuration: " + String.join("; ", problems));
        }
        return new TemporalTagger(config);
    }

    /**
     * @param articleText the article's cleaned text; sentence offsets point into it (may be null, then
     *                    each sentence's own text gives the surface)
     * @param sentences   the article's sentences, any order (they are read by index)
     */
    public List<TimeExpression> tagArticle(String articleId, String outlet, String articleText,
                                           List<Sentence> sentences, PublicationDate published, Language language) {
        PublicationDate pub = published == null ? PublicationDate.UNKNOWN : published;
        List<Sentence> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingInt(Sentence::getIndex));
        List<TimeExpression> out = new ArrayList<>();
        ReferenceTime reference = null;
        for (Sentence s : ordered) {
            if (s.getText() == null || s.getText().isEmpty()) {
                continue;
            }
            MatchingText mt = MatchingText.of(s.getText());
            List<Token> tokens = Token.split(mt.text());
            TimexGrammar grammar = grammarFor(language, mt.text());
            for (Candidate c : grammar.parse(tokens)) {
                Resolution r = resolver.resolve(c.spec(), pub, reference);
                if (r.setsReference() != null) {
                    reference = r.setsReference();
                }
                out.add(expression(articleId, outlet, articleText, s, mt, tokens, c, r));
            }
        }
        return out;
    }

    private TimexGrammar grammarFor(Language language, String normalized) {
        return switch (language == null ? Language.OTHER : language) {
            case ARABIC -> arabic;
            case ENGLISH -> english;
            case OTHER -> normalized.chars().anyMatch(ch -> ch >= 0x0600 && ch <= 0x06FF) ? arabic : english;
        };
    }

    private static TimeExpression expression(String articleId, String outlet, String articleText, Sentence s,
                                             MatchingText mt, List<Token> tokens, Candidate c, Resolution r) {
        int nStart = tokens.get(c.start()).start() + c.prefix();
        int nEnd = tokens.get(c.end() - 1).end();
        int localStart = mt.originalStart(nStart);
        int localEnd = mt.originalEnd(nEnd);
        TimeExpression e = new TimeExpression();
        e.setArticleId(articleId);
        e.setOutlet(outlet);
        e.setSentenceIndex(s.getIndex());
        e.setStart(s.getStart() + localStart);
        e.setEnd(s.getStart() + localEnd);
        boolean inArticle = articleText != null && e.getEnd() <= articleText.length()
                && articleText.startsWith(s.getText(), s.getStart());
        e.setSurface(inArticle ? articleText.substring(e.getStart(), e.getEnd()) : s.getText().substring(localStart, localEnd));
        TimexSpec spec = c.spec();
        boolean timeOfDay = TIME_OF_DAY_VALUE.matcher(r.value()).matches();
        e.setType(timeOfDay ? "TIME" : "TIME".equals(spec.type) ? "DATE" : spec.type);
        e.setValue(r.value());
        e.setMod(spec.mod);
        e.setAnchor(r.anchor());
        e.setPrecision(r.precision());
        e.setCalendar(r.calendar());
        e.setRelative(r.relative());
        e.setResolved(r.resolved());
        return e;
    }
}
