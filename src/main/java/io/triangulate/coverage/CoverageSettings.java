package io.triangulate.coverage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the coverage stage (stories, article overlap, facts, citations), read by Jackson.
 * A field absent from the file takes its default (see {@link #defaults()}).
 *
 * <p>Overlap classes, on word {@code shingleSize}-gram shingle sets of two articles A and B, with
 * J the Jaccard similarity and C = max(containment of A in B, of B in A):
 * <ul>
 *   <li>verbatim_reprint: J ≥ {@code verbatimJaccard} or C ≥ {@code verbatimContainment} — one text is
 *       the other, or is wholly inside it, with at most light edits (headline, a paragraph dropped);</li>
 *   <li>rewrite: J ≥ {@code rewriteJaccard} or C ≥ {@code rewriteContainment} — long runs of the same
 *       words survive, but the text was cut, reordered or reworded around them;</li>
 *   <li>shared_source: C ≥ {@code sharedSourceContainment}, or both cite a common source — a few
 *       passages in common, typical of two outlets each working from the same wire or report;</li>
 *   <li>independent: below all of these (same story, own words).</li>
 * </ul>
 *
 * <p>Stories: two articles are linked when at least {@code storyMinSharedSentences} of their sentences
 * state the same fact (see {@link SentenceMatcher}), or when their texts overlap at least as a rewrite,
 * and their dates (when known to the month or day) are at most {@code storyMaxDaysApart} days apart.
 * Stories are the connected components of these links. Candidate pairs come only from articles that
 * share a sentence-level MinHash band key ({@code sentenceBands} × {@code sentenceRowsPerBand} over
 * sentence content terms) or a sentence fingerprint: at least {@code storyMinSharedKeys} keys, each
 * found in at most {@code storyKeyMaxArticles} articles (more is boilerplate).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record CoverageSettings(
        Integer shingleSize,
        Integer bands,
        Integer rowsPerBand,
        Long seed,
        Integer maxBucketSize,
        Integer minShingles,
        Double verbatimJaccard,
        Double verbatimContainment,
        Double rewriteJaccard,
        Double rewriteContainment,
        Double sharedSourceContainment,
        Integer sentenceBands,
        Integer sentenceRowsPerBand,
        Integer storyMinSharedSentences,
        Integer storyKeyMaxArticles,
        Integer storyMinSharedKeys,
        Double fingerprintSimilarity,
        Integer storyMaxDaysApart,
        Integer storyPairsMaxArticles,
        Integer maxPropagationRounds,
        Integer labelActors,
        Integer labelTerms,
        Double factSimilarity,
        Integer factMinTerms,
        Integer factMinFingerprintKeys,
        Integer maxSentencesPerStory,
        Integer omissionMinOutlets,
        Double omissionShare,
        Integer citationScopeChars,
        Integer citationMaxNameWords) implements java.io.Serializable {

    /** Every field filled: an absent (null) field takes the default. */
    public CoverageSettings {
        shingleSize = or(shingleSize, 3);
        bands = or(bands, 32);
        rowsPerBand = or(rowsPerBand, 3);
        seed = seed == null ? 20240110L : seed;
        maxBucketSize = or(maxBucketSize, 200);
        minShingles = or(minShingles, 5);
        verbatimJaccard = or(verbatimJaccard, 0.8);
        verbatimContainment = or(verbatimContainment, 0.9);
        rewriteJaccard = or(rewriteJaccard, 0.3);
        rewriteContainment = or(rewriteContainment, 0.5);
        sharedSourceContainment = or(sharedSourceContainment, 0.05);
        sentenceBands = or(sentenceBands, 10);
        sentenceRowsPerBand = or(sentenceRowsPerBand, 2);
        // 3, not 2: two shared sentences are often background (who took part, the Red Sea attacks) that a
        // follow-up story repeats; the seeds' May article shares exactly two with the January ones
        storyMinSharedSentences = or(storyMinSharedSentences, 3);
        storyKeyMaxArticles = or(storyKeyMaxArticles, 50);
        // as many keys as the shared sentences a story link needs: pairs with fewer cannot become links
        // unless they reuse text, and those the document-level LSH finds on its own
        storyMinSharedKeys = or(storyMinSharedKeys, 3);
        fingerprintSimilarity = or(fingerprintSimilarity, 0.6);
        storyMaxDaysApart = or(storyMaxDaysApart, 7);
        storyPairsMaxArticles = or(storyPairsMaxArticles, 40);
        maxPropagationRounds = or(maxPropagationRounds, 30);
        labelActors = or(labelActors, 3);
        labelTerms = or(labelTerms, 3);
        factSimilarity = or(factSimilarity, 0.3);
        factMinTerms = or(factMinTerms, 4);
        factMinFingerprintKeys = or(factMinFingerprintKeys, 3);
        maxSentencesPerStory = or(maxSentencesPerStory, 3000);
        omissionMinOutlets = or(omissionMinOutlets, 3);
        omissionShare = or(omissionShare, 0.6);
        citationScopeChars = or(citationScopeChars, 40);
        citationMaxNameWords = or(citationMaxNameWords, 3);
    }

    public static CoverageSettings defaults() {
        return new CoverageSettings(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** Number of MinHash functions: one signature row per band row. */
    public int numHashes() {
        return bands * rowsPerBand;
    }

    /** Problems with these settings, each naming the field; empty when valid. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        atLeast(problems, "shingleSize", shingleSize, 1);
        atLeast(problems, "bands", bands, 1);
        atLeast(problems, "rowsPerBand", rowsPerBand, 1);
        atLeast(problems, "maxBucketSize", maxBucketSize, 2);
        atLeast(problems, "minShingles", minShingles, 1);
        atLeast(problems, "sentenceBands", sentenceBands, 1);
        atLeast(problems, "sentenceRowsPerBand", sentenceRowsPerBand, 1);
        atLeast(problems, "storyMinSharedSentences", storyMinSharedSentences, 1);
        atLeast(problems, "storyKeyMaxArticles", storyKeyMaxArticles, 2);
        atLeast(problems, "storyMinSharedKeys", storyMinSharedKeys, 1);
        atLeast(problems, "storyMaxDaysApart", storyMaxDaysApart, 0);
        atLeast(problems, "storyPairsMaxArticles", storyPairsMaxArticles, 0);
        atLeast(problems, "maxPropagationRounds", maxPropagationRounds, 1);
        atLeast(problems, "labelActors", labelActors, 0);
        atLeast(problems, "labelTerms", labelTerms, 0);
        atLeast(problems, "factMinTerms", factMinTerms, 1);
        atLeast(problems, "factMinFingerprintKeys", factMinFingerprintKeys, 1);
        atLeast(problems, "maxSentencesPerStory", maxSentencesPerStory, 1);
        atLeast(problems, "omissionMinOutlets", omissionMinOutlets, 2);
        atLeast(problems, "citationScopeChars", citationScopeChars, 0);
        atLeast(problems, "citationMaxNameWords", citationMaxNameWords, 1);
        for (var e : List.of(
                new Object[]{"verbatimJaccard", verbatimJaccard}, new Object[]{"verbatimContainment", verbatimContainment},
                new Object[]{"rewriteJaccard", rewriteJaccard}, new Object[]{"rewriteContainment", rewriteContainment},
                new Object[]{"sharedSourceContainment", sharedSourceContainment},
                new Object[]{"fingerprintSimilarity", fingerprintSimilarity},
                new Object[]{"factSimilarity", factSimilarity}, new Object[]{"omissionShare", omissionShare})) {
            double v = (Double) e[1];
            if (!(v >= 0 && v <= 1)) {
                problems.add(e[0] + " must be between 0 and 1, got " + v);
            }
        }
        if (factSimilarity == 0) {
            // alignment compares only sentences sharing a word or an actor (SharedKeyIndex), which is
            // exact only when a similarity of 0 never aligns; 0 would also make every sentence one fact
            problems.add("factSimilarity must be above 0, got 0");
        }
        if (rewriteJaccard > verbatimJaccard) {
            problems.add("rewriteJaccard (" + rewriteJaccard + ") must not exceed verbatimJaccard (" + verbatimJaccard + ")");
        }
        if (sharedSourceContainment > rewriteContainment || rewriteContainment > verbatimContainment) {
            problems.add("sharedSourceContainment ≤ rewriteContainment ≤ verbatimContainment is required, got "
                    + sharedSourceContainment + ", " + rewriteContainment + ", " + verbatimContainment);
        }
        return problems;
    }

    private static void atLeast(List<String> problems, String field, int value, int min) {
        if (value < min) {
            problems.add(field + " must be at least " + min + ", got " + value);
        }
    }
}
