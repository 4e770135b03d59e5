package io.triangulate.ingest;

import java.util.HexFormat;

/** Short, safe previews of rejected input for the analyst to look at. */
public final class Excerpts {

    public static final int MAX_CHARS = 200;

    private Excerpts() {
    }

    /** The first 200 characters of {@code s} with control characters removed (null stays null). */
    public static String of(CharSequence s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_CHARS));
        for (int i = 0; i < s.length() && sb.length() < MAX_CHARS; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        // never end on half of a surrogate pair
        if (!sb.isEmpty() && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    /** Bytes that could not be decoded, shown as hex rather than as mangled characters. */
    public static String hex(byte[] bytes, int length) {
        int n = Math.min(length, 48);
        return "hex: " + HexFormat.ofDelimiter(" ").formatHex(bytes, 0, n) + (length > n ? " ..." : "");
    }
}
