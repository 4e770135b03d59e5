package io.triangulate.text;

/** A half-open character span [start, end) of some text. */
public record TextSpan(int start, int end) implements java.io.Serializable {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public int length() {
        return end - start;
    }
}
