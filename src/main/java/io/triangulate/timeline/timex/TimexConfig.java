package io.triangulate.timeline.timex;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the temporal tagger ({@code triangulate/timex/timex-config.json}); absent fields take
 * the defaults below.
 *
 * @param minYear        smallest Gregorian year a bare number in a year context may be (عام 1948)
 * @param maxYear        largest such year
 * @param maxHijriYear   largest Hijri year (a year with هـ); any year from 1 AH is allowed
 * @param arabicLexicon  classpath resource of the Arabic vocabulary
 * @param englishLexicon classpath resource of the English vocabulary
 */
public record TimexConfig(Integer minYear, Integer maxYear, Integer maxHijriYear,
                          String arabicLexicon, String englishLexicon) {

    public static final String RESOURCE = "triangulate/timex/timex-config.json";

    public TimexConfig {
        minYear = minYear == null ? 1000 : minYear;
        maxYear = maxYear == null ? 2100 : maxYear;
        maxHijriYear = maxHijriYear == null ? 1600 : maxHijriYear;
        arabicLexicon = arabicLexicon == null ? "triangulate/timex/lexicon-ar.json" : arabicLexicon;
        englishLexicon = englishLexicon == null ? "triangulate/timex/lexicon-en.json" : englishLexicon;
    }

    public static TimexConfig defaults() {
        return new TimexConfig(null, null, null, null, null);
    }

    /** Reads the configuration resource; every problem names the field. */
    public static TimexConfig load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = TimexConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            TimexConfig c = in == null ? defaults() : mapper.readValue(in, TimexConfig.class);
            List<String> problems = c.validate();
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("Invalid " + RESOURCE + ": " + String.join("; ", problems));
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (minYear < 1 || minYear > 9999) {
            problems.add("minYear must be 1..9999, got " + minYear);
        }
        if (maxYear < minYear || maxYear > 9999) {
            problems.add("maxYear must be between minYear and 9999, got " + maxYear);
        }
        if (maxHijriYear < 1 || maxHijriYear > 9999) {
            problems.add("maxHijriYear must be 1..9999, got " + maxHijriYear);
        }
        if (arabicLexicon.isBlank()) {
            problems.add("arabicLexicon must name a classpath resource");
        }
        if (englishLexicon.isBlank()) {
            problems.add("englishLexicon must name a classpath resource");
        }
        return problems;
    }
}
