package io.triangulate.timeline.timex;

/**
 * A time expression found by the grammar: tokens [start, end) of the sentence, {@code prefix} letters
 * of clitics (و ف ب ل) at the start that are not part of it, and what it says.
 */
record Candidate(int start, int end, int prefix, TimexSpec spec) {
}
