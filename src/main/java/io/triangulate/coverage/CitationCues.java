package io.triangulate.coverage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.text.MatchingText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Citation cue patterns and word lists, read from {@code triangulate/coverage/citation-cues.json}. */
public record CitationCues(int version, String comment, List<Cue> cues, List<String> outletNouns,
                           List<String> nameStopWords, List<String> genericSources) implements java.io.Serializable {

    public static final String RESOURCE = "/triangulate/coverage/citation-cues.json";

    /** One cue: the name shown in the citations table, where the cited name stands, the pattern. */
    public record Cue(String name, String direction, String pattern) implements java.io.Serializable {

        public boolean nameAfter() {
            return !"before".equals(direction);
        }

        /** The pattern over normalized text. */
        public Pattern compiled() {
            return Pattern.compile(MatchingText.normalize(pattern), Pattern.UNICODE_CHARACTER_CLASS);
        }
    }

    public static CitationCues loadDefault() {
        try (InputStream in = CitationCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, CitationCues.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Set<String> normalizedOutletNouns() {
        return outletNouns.stream().map(MatchingText::normalize).collect(Collectors.toUnmodifiableSet());
    }

    Set<String> normalizedStopWords() {
        return nameStopWords.stream().map(MatchingText::normalize).collect(Collectors.toUnmodifiableSet());
    }

    Set<String> normalizedGenericSources() {
        return genericSources.stream().map(MatchingText::normalize).collect(Collectors.toUnmodifiableSet());
    }
}
