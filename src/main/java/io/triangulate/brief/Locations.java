package io.triangulate.brief;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentence references written as text: "articleId#sentence@start-end", the form tables carry. */
final class Locations {

    private static final Pattern REF = Pattern.compile("(.+)#(\\d+)@(\\d+)-(\\d+)");

    private Locations() {
    }

    static String of(String articleId, int sentenceIndex, int start, int end) {
        return articleId + "#" + sentenceIndex + "@" + start + "-" + end;
    }

    static Optional<SentenceRef> parse(String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        Matcher m = REF.matcher(ref.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SentenceRef(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))));
    }
}
