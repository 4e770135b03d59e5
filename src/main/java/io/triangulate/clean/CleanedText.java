package io.triangulate.clean;

import java.util.List;
import java.util.Map;

/**
 * An article body with its page furniture removed.
 *
 * @param text          the kept lines joined by '\n', each exactly as in the input (trimmed)
 * @param title         the headline when the cleaner took it from the first line, else null
 * @param citedSources  sources named in footers and credits ("صدى البلد", "نيويورك تايمز")
 * @param sourceSpans   triples (cleanedStart, originalStart, length) mapping text back to the input
 * @param furnitureChars characters of the input dropped as furniture (white space excluded)
 * @param removed       dropped line count per reason, for the run's report
 */
public record CleanedText(String text, String title, List<String> citedSources, int[] sourceSpans,
                          int furnitureChars, Map<String, Integer> removed) {
}
