package io.triangulate.actors;

/**
 * Association of two actors from counts of units (sentences or articles): {@code both} units name
 * both, {@code a} and {@code b} name each, {@code n} units in all.
 */
public final class Association {

    private Association() {
    }

    /** Normalized pointwise mutual information in [-1, 1]: 1 = always together, 0 = independent. */
    public static double npmi(long both, long a, long b, long n) {
        if (both <= 0 || a <= 0 || b <= 0 || n <= 0) {
            return -1.0;
        }
        double pab = (double) both / n;
        if (pab >= 1.0) {
            return 1.0;
        }
        double pmi = Math.log(pab / (((double) a / n) * ((double) b / n)));
        return Math.max(-1.0, Math.min(1.0, pmi / -Math.log(pab)));
    }

    /**
     * Dunning's log-likelihood ratio G² of the 2×2 table, signed: negative when the pair is named together
     * less often than chance would have it, so ranking by it puts attraction first.
     */
    public static double g2(long both, long a, long b, long n) {
        long k11 = both;
        long k12 = a - both;
        long k21 = b - both;
        long k22 = n - a - b + both;
        if (n <= 0 || k12 < 0 || k21 < 0 || k22 < 0) {
            return 0.0;
        }
        double sum = term(k11, a, b, n) + term(k12, a, n - b, n) + term(k21, n - a, b, n) + term(k22, n - a, n - b, n);
        double g2 = 2.0 * sum;
        double expected = (double) a * b / n;
        return both < expected ? -g2 : g2;
    }

    private static double term(long k, long row, long col, long n) {
        return k == 0 ? 0.0 : k * Math.log((double) k * n / ((double) row * col));
    }
}
