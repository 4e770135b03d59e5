package io.triangulate.timeline.timex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The seed articles of sample-data/seeds as text, sentences and publication date from the manifest. */
record SeedArticles(String id, String outlet, String text, List<Sentence> sentences, PublicationDate published) {

    static final Path SEEDS = Path.of("sample-data", "seeds");

    static SeedArticles load(String id) {
        try {
            JsonNode manifest = new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile());
            for (JsonNode a : manifest.get("articles")) {
                if (a.get("id").asText().equals(id)) {
                    String text = Files.readString(SEEDS.resolve(a.get("file").asText()), StandardCharsets.UTF_8);
                    String pub = a.get("published").isNull() ? null : a.get("published").asText();
                    PublicationDate published = PublicationDate.of(pub, a.get("publishedPrecision").asText());
                    String outlet = a.get("outlet").asText();
                    return new SeedArticles(id, outlet, text, sentences(id, outlet, text, published), published);
                }
            }
            throw new IllegalArgumentException("No seed " + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Sentence> sentences(String id, String outlet, String text, PublicationDate published) {
        List<Sentence> out = new ArrayList<>();
        int index = 0;
        for (TextSpan span : new SentenceSegmenter().split(text)) {
            out.add(new Sentence(id, outlet, published.value(), published.precision().name(), "ar", index++,
                    span.start(), span.end(), span.of(text)));
        }
        return out;
    }
}
