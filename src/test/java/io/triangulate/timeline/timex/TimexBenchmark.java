package io.triangulate.timeline.timex;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Throughput of the temporal tagger on the SaudiNewsNet week (run by hand, not a test):
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) io.triangulate.timeline.timex.TimexBenchmark
 * /work/shared/corpora/saudinewsnet [url ...]}. Content is the text, date_extracted the DAY publication
 * date. Articles whose url is given are printed with their expressions (for the hand-checked sample).
 */
public final class TimexBenchmark {

    record Doc(String url, String date, String text) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Set<String> show = Set.of(java.util.Arrays.copyOfRange(args, 1, args.length));
        List<Doc> docs = read(dir);
        List<List<Sentence>> sentences = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            sentences.add(SeedArticles.sentences("a" + i, "o", d.text(), PublicationDate.of(d.date(), "DAY")));
        }
        long t1 = System.nanoTime();
        long nfStart = System.nanoTime();
        long sink = 0;
        for (List<Sentence> ss : sentences) {
            for (Sentence s : ss) {
                sink += io.triangulate.text.MatchingText.of(s.getText()).length();
            }
        }
        long nfSeconds = System.nanoTime() - nfStart;
        TemporalTagger tagger = TemporalTagger.load();
        long t2 = System.nanoTime();
        double loadSeconds = (t2 - t1 - nfSeconds) / 1e9;
        long count = 0;
        long chars = 0;
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byCalendar = new TreeMap<>();
        int contexts = Integer.getInteger("timex.contexts", 0);
        java.util.Random random = new java.util.Random(Long.getLong("timex.seed", 7));
        Map<String, Integer> surfaces = new java.util.HashMap<>();
        int unresolved = 0;
        int invalid = 0;
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            chars += d.text().length();
            List<TimeExpression> found = tagger.tagArticle("a" + i, "o", d.text(), sentences.get(i),
                    PublicationDate.of(d.date(), "DAY"), Language.ARABIC);
            count += found.size();
            for (TimeExpression e : found) {
                byType.merge(e.getType(), 1, Integer::sum);
                byCalendar.merge(e.getCalendar(), 1, Integer::sum);
                unresolved += e.isResolved() ? 0 : 1;
                if (!TimeValues.isValid(e.getValue())) {
                    invalid++;
                    System.out.println("INVALID " + e.getSurface() + " -> " + e.getValue() + " pub " + d.date());
                }
                surfaces.merge(e.getSurface(), 1, Integer::sum);
                if (contexts > 0 && random.nextInt(48_000) < contexts) {
                    String text = d.text();
                    System.out.printf("CTX %s ⟦%s⟧ %s → %s %s%s%n",
                            text.substring(Math.max(0, e.getStart() - 40), e.getStart()).replace('\n', ' '), e.getSurface(),
                            text.substring(e.getEnd(), Math.min(text.length(), e.getEnd() + 30)).replace('\n', ' '),
                            e.getType(), e.getValue(), e.getMod() == null ? "" : " " + e.getMod());
                }
            }
            if (show.contains(d.url())) {
                System.out.println("### " + d.url() + " pub=" + d.date());
                for (TimeExpression e : found) {
                    System.out.printf("  %s | %s %s%s%n", e.getSurface(), e.getType(), e.getValue(),
                            e.getMod() == null ? "" : " " + e.getMod());
                }
            }
        }
        long t3 = System.nanoTime();
        double tagSeconds = (t3 - t2) / 1e9;
        System.out.printf("articles=%d chars=%d expressions=%d%n", docs.size(), chars, count);
        System.out.printf("segmentation %.1fs; tagger load %.2fs; tagging %.1fs = %.0f expressions/s, %.0f articles/s%n",
                (t1 - t0) / 1e9, loadSeconds, tagSeconds, count / tagSeconds, docs.size() / tagSeconds);
        System.out.printf("of which MatchingText normalization alone: %.1fs (%d chars)%n", nfSeconds / 1e9, sink);
        if (contexts > 0) {
            surfaces.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(120)
                    .forEach(en -> System.out.println("TOP " + en.getValue() + " " + en.getKey()));
        }
        System.out.println("by type " + byType + "; by calendar " + byCalendar + "; unresolved " + unresolved
                + "; invalid values " + invalid);
    }

    static List<Doc> read(Path dir) throws IOException {
        List<Doc> docs = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        List<Path> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = s.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().endsWith(".json")) {
                        readArray(mapper, in, docs);
                    }
                }
            }
        }
        return docs;
    }

    private static void readArray(ObjectMapper mapper, InputStream in, List<Doc> docs) throws IOException {
        JsonParser p = mapper.getFactory().createParser(new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the zip stream stays open for the next entry
            }
        });
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("Expected a JSON array");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode n = mapper.readTree(p);
            String content = n.path("content").asText("");
            String date = n.path("date_extracted").asText("");
            if (!content.isBlank() && date.length() >= 10) {
                docs.add(new Doc(n.path("url").asText(), date.substring(0, 10), content));
            }
        }
    }
}
