package io.triangulate.coverage;

import io.triangulate.model.DatePrecision;
import io.triangulate.model.Mention;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * When two sentences state the same fact. Two signals, the stronger wins:
 * <ul>
 *   <li>wording: Jaccard similarity of their content-term sets (stemmed, stop words out), which
 *       survives the reordering and synonym swaps of a rewrite;</li>
 *   <li>fingerprint: the actors named (ids from the actor stage) and the numbers given, which do not
 *       depend on the language, so an Arabic rewrite of an English report still matches. A fingerprint
 *       counts only when the two share a number or at least {@code factMinFingerprintKeys} actors, and
 *       its Jaccard similarity reaches {@code fingerprintSimilarity}: "Iran, United States" alone is in
 *       half the sentences of any story about them.</li>
 * </ul>
 */
public final class SentenceMatcher {

    private SentenceMatcher() {
    }

    /**
     * Features of a sentence, terms hashed with {@code seed} (the coverage seed); media mentions are left out
     * of the fingerprint (they are citations, not facts).
     */
    public static SentenceFeature features(Sentence s, Collection<Mention> mentionsInSentence, long seed) {
        Set<String> terms = new TreeSet<>();
        Set<String> numbers = new TreeSet<>();
        for (String t : ContentTerms.of(s.getText())) {
            (ContentTerms.isNumber(t) ? numbers : terms).add(t);
        }
        terms.addAll(numbers);
        Set<String> actors = new TreeSet<>();
        for (Mention m : mentionsInSentence) {
            if (m.getActorId() != null && !"media".equals(m.getActorType())) {
                actors.add(m.getActorId());
            }
        }
        return new SentenceFeature(s.getIndex(), s.getStart(), s.getEnd(), s.getText(),
                SentenceFeature.hashTerms(terms, seed), new ArrayList<>(actors), new ArrayList<>(numbers));
    }

    /** Whether a sentence has enough content to carry a fact (headings and bylines do not). */
    public static boolean substantial(SentenceFeature f, CoverageSettings s) {
        return f.getTerms().length >= s.factMinTerms();
    }

    /**
     * Similarity in [0, 1]; 0 for sentences too short to carry a fact. Alignment, where nearly all the
     * pairs are scored, has the intersection sizes from {@link SharedKeyIndex} and calls the form below.
     */
    public static double similarity(SentenceFeature a, SentenceFeature b, CoverageSettings s) {
        return similarity(a, b, SetOverlap.intersection(a.getTerms(), b.getTerms()),
                intersection(a.getActors(), b.getActors()), intersection(a.getNumbers(), b.getNumbers()), s);
    }

    /**
     * {@link #similarity(SentenceFeature, SentenceFeature, CoverageSettings)} from the sizes of the
     * intersections of the two sentences' terms, actors and numbers, counted elsewhere.
     */
    static double similarity(SentenceFeature a, SentenceFeature b, int sharedTerms, int sharedActors,
                             int sharedNumbers, CoverageSettings s) {
        if (!substantial(a, s) || !substantial(b, s)) {
            return 0;
        }
        int union = a.getTerms().length + b.getTerms().length - sharedTerms;
        double wording = union == 0 ? 0 : (double) sharedTerms / union;
        return Math.max(wording, fingerprint(a, b, sharedNumbers, sharedActors, s));
    }

    private static double fingerprint(SentenceFeature a, SentenceFeature b, int sharedNumbers, int sharedActors,
                                      CoverageSettings s) {
        if (sharedNumbers == 0 && sharedActors < s.factMinFingerprintKeys()) {
            return 0;
        }
        int union = a.getNumbers().size() + b.getNumbers().size() + a.getActors().size() + b.getActors().size()
                - sharedNumbers - sharedActors;
        double j = union == 0 ? 0 : (double) (sharedNumbers + sharedActors) / union;
        return j >= s.fingerprintSimilarity() ? j : 0;
    }

    /**
     * Number of sentences of A matched one-to-one to sentences of B at similarity ≥ {@code factSimilarity}
     * (greedy, best pairs first).
     */
    public static int alignedSentences(List<SentenceFeature> a, List<SentenceFeature> b, CoverageSettings s) {
        List<double[]> pairs = new ArrayList<>();
        // Only sentences sharing a term or an actor can reach factSimilarity (> 0, see validate()).
        SharedKeyIndex index = new SharedKeyIndex();
        b.forEach(index::add);
        for (int i = 0; i < a.size(); i++) {
            if (!substantial(a.get(i), s)) {
                continue;
            }
            SharedKeyIndex.Overlaps shared = index.overlaps(a.get(i));
            for (int k = 0; k < shared.size; k++) {
                int j = shared.ids[k];
                double sim = similarity(a.get(i), b.get(j), shared.terms[j], shared.actors[j], shared.numbers[j], s);
                if (sim >= s.factSimilarity()) {
                    pairs.add(new double[]{sim, i, j});
                }
            }
        }
        return oneToOne(pairs);
    }

    /**
     * How many of the scored pairs {sim, i, j} can be kept one-to-one, taking the best first (ties by i,
     * then j). Sorts {@code pairs}.
     */
    static int oneToOne(List<double[]> pairs) {
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        int n = 0;
        for (double[] p : pairs) {
            if (!usedA.contains((int) p[1]) && !usedB.contains((int) p[2])) {
                usedA.add((int) p[1]);
                usedB.add((int) p[2]);
                n++;
            }
        }
        return n;
    }

    /** Size of the intersection of two sorted, distinct lists. */
    static int intersection(List<String> a, List<String> b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.size() && j < b.size()) {
            int c = a.get(i).compareTo(b.get(j));
            if (c == 0) {
                n++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /**
     * Days between the two publication ranges are at most {@code maxDays}. Only dates known to the day or
     * month can rule a pair out: a bare year (or no date) is too vague to separate two reports.
     */
    public static boolean closeInTime(PublicationDate a, PublicationDate b, int maxDays) {
        if (!precise(a) || !precise(b)) {
            return true;
        }
        LocalDate aLast = a.latest().orElseThrow();
        LocalDate bFirst = b.earliest().orElseThrow();
        LocalDate bLast = b.latest().orElseThrow();
        LocalDate aFirst = a.earliest().orElseThrow();
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(aLast, bFirst), ChronoUnit.DAYS.between(bLast, aFirst)));
        return gap <= maxDays;
    }

    private static boolean precise(PublicationDate d) {
        return d != null && (d.precision() == DatePrecision.DAY || d.precision() == DatePrecision.MONTH);
    }
}
