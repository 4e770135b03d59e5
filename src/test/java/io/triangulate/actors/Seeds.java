package io.triangulate.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.Article;
import io.triangulate.model.Sentence;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The five seed articles, built straight from sample-data/seeds (file text → Article, segmenter → Sentences). */
final class Seeds {

    static final Path DIR = Path.of("sample-data/seeds");
    private static Map<String, Article> articles;

    private Seeds() {
    }

    static synchronized Map<String, Article> articles() {
        if (articles == null) {
            try {
                JsonNode manifest = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile());
                Map<String, Article> byId = new LinkedHashMap<>();
                for (JsonNode entry : manifest.get("articles")) {
                    Article a = new Article();
                    a.setId(entry.get("id").asText());
                    a.setOutlet(entry.get("outlet").asText());
                    a.setLanguage("ar");
                    a.setPublished(entry.get("published").isNull() ? null : entry.get("published").asText());
                    a.setPublishedPrecision(entry.get("publishedPrecision").asText());
                    a.setText(Files.readString(DIR.resolve(entry.get("file").asText()), StandardCharsets.UTF_8));
                    a.setPeriod("P1");
                    byId.put(a.getId(), a);
                }
                articles = byId;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return articles;
    }

    static Article article(String id) {
        return articles().get(id);
    }

    static List<Sentence> sentences(Article a) {
        List<Sentence> out = new ArrayList<>();
        List<TextSpan> spans = new SentenceSegmenter().split(a.getText());
        for (int i = 0; i < spans.size(); i++) {
            TextSpan s = spans.get(i);
            out.add(new Sentence(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(), a.getLanguage(),
                    i, s.start(), s.end(), s.of(a.getText())));
        }
        return out;
    }
}
