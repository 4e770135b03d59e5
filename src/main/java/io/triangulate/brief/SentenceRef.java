package io.triangulate.brief;

/** A sentence an analysis points at as evidence: article, sentence index and, if known, a span. */
public record SentenceRef(String articleId, int sentenceIndex, int start, int end) {

    public static SentenceRef sentence(String articleId, int sentenceIndex) {
        return new SentenceRef(articleId, sentenceIndex, -1, -1);
    }
}
