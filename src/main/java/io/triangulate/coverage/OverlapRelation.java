package io.triangulate.coverage;

/** How two articles' texts relate; thresholds and meaning in {@link CoverageSettings}. */
public enum OverlapRelation {
    VERBATIM_REPRINT, REWRITE, SHARED_SOURCE, INDEPENDENT;

    /** The name used in tables: "verbatim_reprint". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The class of a pair from its Jaccard similarity, containments both ways, and whether the two
     * articles cite a common original source.
     */
    public static OverlapRelation classify(double jaccard, double containmentAinB, double containmentBinA,
                                           boolean citeCommonSource, CoverageSettings s) {
        double c = Math.max(containmentAinB, containmentBinA);
        if (jaccard >= s.verbatimJaccard() || c >= s.verbatimContainment()) {
            return VERBATIM_REPRINT;
        }
        if (jaccard >= s.rewriteJaccard() || c >= s.rewriteContainment()) {
            return REWRITE;
        }
        if (c >= s.sharedSourceContainment() || citeCommonSource) {
            return SHARED_SOURCE;
        }
        return INDEPENDENT;
    }
}
