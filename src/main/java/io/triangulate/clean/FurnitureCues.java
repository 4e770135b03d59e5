package io.triangulate.clean;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cue phrases that mark page furniture, read from {@code triangulate/clean/furniture-cues.json}.
 * Phrases are in {@link io.triangulate.text.MatchingText} normalized form so that spelling variants
 * (اقرأ أيضاً / إقرأ أيضا / اقرا ايضا) all match one entry.
 */
public record FurnitureCues(
        int version,
        String comment,
        List<String> dropLines,
        List<String> dropLinePrefixes,
        List<String> readAlsoPrefixes,
        List<String> captionSuffixes,
        List<String> captionPrefixes,
        List<String> tailMarkers,
        String sourceFooterPattern,
        String serviceCreditPattern,
        String agencyCreditPattern,
        int minBodyLinesBeforeTail,
        int maxHeadlineWords,
        int maxRepeatedLineWords) implements java.io.Serializable {

    public static final String RESOURCE = "/triangulate/clean/furniture-cues.json";

    public static FurnitureCues loadDefault() {
        try (InputStream in = FurnitureCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, FurnitureCues.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    Pattern sourceFooter() {
        return Pattern.compile(sourceFooterPattern);
    }

    Pattern serviceCredit() {
        return Pattern.compile(serviceCreditPattern);
    }

    Pattern agencyCredit() {
        return Pattern.compile(agencyCreditPattern);
    }
}
