package io.triangulate.coverage;

/** Exact overlap measures of two sorted, distinct arrays of hashes (shingles, or a sentence's content terms). */
public final class SetOverlap {

    private SetOverlap() {
    }

    public static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
    public static double jaccard(long[] a, long[] b) {
        int inter = intersection(a, b);
        int union = a.length + b.length - inter;
        return union == 0 ? 0 : (double) inter / union;
    }

    /** |A ∩ B| / |A|: how much of A is found in B; 0 when A is empty. */
    public static double containment(long[] a, long[] b) {
        return a.length == 0 ? 0 : (double) intersection(a, b) / a.length;
    }
}
