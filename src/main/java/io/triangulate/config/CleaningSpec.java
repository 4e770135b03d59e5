package io.triangulate.config;

import java.util.List;

/**
 * How outlet boilerplate is learned: a short line (at most {@code maxLineChars}) that recurs in at
 * least {@code minArticles} articles of one outlet and in at least {@code minShare} of them is that
 * outlet's furniture (datelines like "عين اليوم – متابعات", SMS boxes, series banners).
 */
public record CleaningSpec(Integer minArticles, Double minShare, Integer maxLineChars, Integer maxLinesPerOutlet) {

    public CleaningSpec withDefaults() {
        return new CleaningSpec(minArticles == null ? 5 : minArticles, minShare == null ? 0.004 : minShare,
                maxLineChars == null ? 160 : maxLineChars, maxLinesPerOutlet == null ? 500 : maxLinesPerOutlet);
    }

    void validate(List<String> problems) {
        if (minArticles != null && minArticles < 2) {
            problems.add("cleaning.minArticles: must be at least 2 (a line in one article is not boilerplate)");
        }
        if (minShare != null && (minShare <= 0 || minShare > 1)) {
            problems.add("cleaning.minShare: must be in (0, 1], got " + minShare);
        }
        if (maxLinesPerOutlet != null && maxLinesPerOutlet < 0) {
            problems.add("cleaning.maxLinesPerOutlet: must not be negative");
        }
    }
}
