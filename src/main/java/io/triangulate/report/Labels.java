package io.triangulate.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Report labels in one language, from {@code triangulate/report/labels-<lang>.json}. Public so the
 * job can localise the column headers of its sheet tables with the same files.
 */
public final class Labels {

    private final String language;
    private final Map<String, Object> texts;

    private Labels(String language, Map<String, Object> texts) {
        this.language = language;
        this.texts = texts;
    }

    public static Labels forLanguage(String language) {
        String resource = "/triangulate/report/labels-" + language + ".json";
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No report labels for language \"" + language + "\" (" + resource + ")");
            }
            return new Labels(language, new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public String language() {
        return language;
    }

    /** The label for {@code key}; {0}, {1}... are replaced by the arguments. */
    public String get(String key, Object... args) {
        Object text = texts.get(key);
        if (!(text instanceof String s)) {
            throw new IllegalArgumentException("Missing report label \"" + key + "\" for language " + language);
        }
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
