package io.triangulate.coverage;

import io.triangulate.text.MatchingText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word n-gram shingles of a text's matching form, hashed to 64 bits with a fixed seed, so the same
 * words give the same shingles in every run and on every executor.
 */
public final class Shingling {

    private Shingling() {
    }

    /** Words of the normalized text: maximal runs of letters and digits. */
    public static List<String> words(String text) {
        String norm = MatchingText.normalize(text == null ? "" : text);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < norm.length()) {
            while (i < norm.length() && !Character.isLetterOrDigit(norm.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(norm.substring(start, i));
            }
        }
        return out;
    }

    /**
     * Sorted distinct hashes of the word {@code n}-grams (a text shorter than n words gives one shingle).
     * Each word is hashed once, straight from the normalized characters, and a shingle's hash combines
     * its words' hashes in order: no substring is built, which matters at corpus scale.
     */
    public static long[] shingles(String text, int n, long seed) {
        long[] wordHashes = wordHashes(MatchingText.normalize(text == null ? "" : text), seed);
        if (wordHashes.length == 0) {
            return new long[0];
        }
        int count = Math.max(1, wordHashes.length - n + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = seed;
            for (int k = i; k < Math.min(wordHashes.length, i + n); k++) {
                h = mix(h * 0x9E3779B97F4A7C15L + wordHashes[k]);
            }
            out[i] = h;
        }
        Arrays.sort(out);
        return distinctSorted(out);
    }

    /** Hash of every word (maximal run of letters and digits) of an already normalized text. */
    static long[] wordHashes(String norm, long seed) {
        long[] out = new long[Math.max(8, norm.length() / 4)];
        int count = 0;
        int i = 0;
        while (i < norm.length()) {
            while (i < norm.length() && !Character.isLetterOrDigit(norm.charAt(i))) {
                i++;
            }
            if (i >= norm.length()) {
                break;
            }
            long h = 0xcbf29ce484222325L ^ seed;
            while (i < norm.length() && Character.isLetterOrDigit(norm.charAt(i))) {
                h ^= norm.charAt(i++);
                h *= 0x100000001b3L;
            }
            if (count == out.length) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            out[count++] = mix(h);
        }
        return Arrays.copyOf(out, count);
    }

    /** 64-bit hash of a string (FNV-1a over UTF-16 units, finished with the MurmurHash3 mixer). */
    public static long hash(String s, long seed) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1f; // word separator, so ("ab","c") and ("a","bc") differ
        h *= 0x100000001b3L;
        return mix(h);
    }

    /** MurmurHash3 fmix64: spreads every input bit over the whole word. */
    public static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long[] distinctSorted(long[] sorted) {
        if (sorted.length == 0) {
            return sorted;
        }
        int w = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[w - 1]) {
                sorted[w++] = sorted[i];
            }
        }
        return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
    }
}
