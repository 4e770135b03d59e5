package io.triangulate.timeline.timex;

import java.util.ArrayList;
import java.util.List;

/**
 * A word, number or punctuation mark of a matching-normalized sentence, with its span in that
 * normalized text. Letters and digits never share a token, so "فبراير2025" gives two tokens.
 */
record Token(String text, int start, int end, boolean number) {

    boolean word() {
        return !number && Character.isLetter(text.charAt(0));
    }

    int intValue() {
        return text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
    }

    static List<Token> split(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            if (c >= '0' && c <= '9') {
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j, true));
            } else if (Character.isLetter(c)) {
                while (j < s.length() && Character.isLetter(s.charAt(j))) {
                    j++;
                }
                out.add(new Token(s.substring(i, j), i, j, false));
            } else {
                out.add(new Token(s.substring(i, j), i, j, false));
            }
            i = j;
        }
        return out;
    }
}
