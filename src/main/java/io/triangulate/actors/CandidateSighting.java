package io.triangulate.actors;

/**
 * A name the dictionary does not know, seen once: [start, end) in the article text.
 *
 * @param pattern role_title ("المحلل السياسي X"), speech_verb ("قال X"), or capitalised_sequence (English)
 */
public record CandidateSighting(String surface, String normalized, String pattern, int start, int end) {
}
