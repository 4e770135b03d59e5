package io.triangulate.timeline.timex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and value accuracy of the tagger against the hand-checked sample
 * (docs/benchmarks/timex-sample.json), run by hand:
 * {@code java -cp ... io.triangulate.timeline.timex.TimexAccuracy /work/shared/corpora/saudinewsnet docs/benchmarks/timex-sample.json}.
 * A found expression counts when its span overlaps a reader's expression.
 */
public final class TimexAccuracy {

    public static void main(String[] args) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        Map<String, TimexBenchmark.Doc> byUrl = new HashMap<>();
        for (TimexBenchmark.Doc d : TimexBenchmark.read(Path.of(args[0]))) {
            byUrl.putIfAbsent(d.url(), d);
        }
        TemporalTagger tagger = TemporalTagger.load();
        int found = 0;
        int foundCorrect = 0;
        int goldCount = 0;
        int recalled = 0;
        int valued = 0;
        int valueRight = 0;
        for (JsonNode article : gold.get("articles")) {
            String url = article.get("url").asText();
            TimexBenchmark.Doc d = byUrl.get(url);
            PublicationDate pub = PublicationDate.of(d.date(), "DAY");
            List<TimeExpression> tagged = tagger.tagArticle(url, "o", d.text(),
                    SeedArticles.sentences(url, "o", d.text(), pub), pub, Language.ARABIC);
            List<int[]> spans = new ArrayList<>();
            for (JsonNode g : gold.get("expressions")) {
                if (!g.get("url").asText().equals(url)) {
                    continue;
                }
                int at = nth(d.text(), g.get("surface").asText(), g.get("occurrence").asInt());
                int[] span = {at, at + g.get("surface").asText().length()};
                spans.add(span);
                goldCount++;
                List<TimeExpression> over = tagged.stream().filter(e -> overlaps(e, span)).toList();
                String want = g.get("value").asText();
                if (over.isEmpty()) {
                    System.out.println("MISS  " + g.get("surface").asText() + " " + want + "   " + url);
                    continue;
                }
                recalled++;
                if (!want.equals("GENERIC")) {
                    valued++;
                    boolean right = over.stream().anyMatch(e -> e.getValue().equals(want));
                    valueRight += right ? 1 : 0;
                    if (!right) {
                        System.out.println("VALUE " + g.get("surface").asText() + " want " + want + " got "
                                + over.stream().map(e -> e.getSurface() + "=" + e.getValue()).toList());
                    }
                }
            }
            for (TimeExpression e : tagged) {
                found++;
                boolean hit = spans.stream().anyMatch(s -> overlaps(e, s));
                foundCorrect += hit ? 1 : 0;
                if (!hit) {
                    System.out.println("EXTRA " + e.getSurface() + " " + e.getValue() + "   " + url);
                }
            }
        }
        System.out.printf("articles=%d gold=%d found=%d precision=%.3f (%d/%d) recall=%.3f (%d/%d) value accuracy=%.3f (%d/%d)%n",
                gold.get("articles").size(), goldCount, found, foundCorrect / (double) found, foundCorrect, found,
                recalled / (double) goldCount, recalled, goldCount, valueRight / (double) valued, valueRight, valued);
    }

    private static boolean overlaps(TimeExpression e, int[] span) {
        return e.getStart() < span[1] && span[0] < e.getEnd();
    }

    private static int nth(String text, String surface, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("Occurrence " + n + " of «" + surface + "» not in the article");
            }
        }
        return at;
    }
}
