package io.triangulate.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.PublicationDate;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Hand-run benchmark (not a test): matches every article of the SaudiNewsNet week on one thread, reports
 * mentions per second, the most frequent actors and unknown names, and writes a fixed-seed random sample
 * of matches with their sentence for checking by hand.
 *
 * <p>Usage: ActorBench &lt;dir with the zips&gt; &lt;sample output file&gt; [sample size]
 */
public final class ActorBench {

    private record Match(String articleId, String sentence, ActorMatch match) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path sampleFile = Path.of(args[1]);
        int sampleSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        List<String[]> articles = read(dir); // id, date, text
        long buildStart = System.nanoTime();
        ActorMatcher matcher = ActorMatcher.of(ActorDictionary.defaultDictionary());
        CandidateFinder finder = CandidateFinder.withDefaults();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        long chars = articles.stream().mapToLong(a -> a[2].length()).sum();
        for (int warm = 0; warm < 300 && warm < articles.size(); warm++) {
            matcher.find(articles.get(warm)[2], PublicationDate.of(articles.get(warm)[1], "DAY"));
        }
        long mentions = 0;
        long start = System.nanoTime();
        List<List<ActorMatch>> all = new ArrayList<>(articles.size());
        for (String[] a : articles) {
            List<ActorMatch> found = matcher.find(a[2], PublicationDate.of(a[1], "DAY"));
            mentions += found.size();
            all.add(found);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long discoveryStart = System.nanoTime();
        Map<String, Integer> candidates = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            for (CandidateSighting c : finder.find(articles.get(i)[2], all.get(i))) {
                candidates.merge(c.surface(), 1, Integer::sum);
            }
        }
        double discoverySeconds = (System.nanoTime() - discoveryStart) / 1e9;
        System.out.printf("dictionary: %d actors, %d keys, built in %.2f s%n", matcher.dictionary().size(),
                matcher.keyCount(), buildSeconds);
        System.out.printf("articles: %d, characters: %d, mentions: %d%n", articles.size(), chars, mentions);
        System.out.printf("matching: %.2f s = %.0f mentions/s, %.0f articles/s, %.2f MB chars/s (one thread)%n",
                seconds, mentions / seconds, articles.size() / seconds, chars / seconds / 1e6);
        System.out.printf("discovery: %.2f s%n", discoverySeconds);
        Map<String, Integer> byActor = new HashMap<>();
        Map<String, Integer> byResolution = new HashMap<>();
        all.forEach(list -> list.forEach(m -> {
            byActor.merge(m.actorId(), 1, Integer::sum);
            byResolution.merge(m.resolution(), 1, Integer::sum);
        }));
        System.out.println("resolutions: " + byResolution);
        System.out.println("top actors: " + top(byActor, 40));
        System.out.println("top candidates: " + top(candidates, 40));
        writeSample(articles, all, sampleFile, sampleSize);
    }

    private static List<String> top(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(n).map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    private static void writeSample(List<String[]> articles, List<List<ActorMatch>> all, Path file, int size)
            throws IOException {
        List<int[]> index = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.get(i).size(); j++) {
                index.add(new int[]{i, j});
            }
        }
        Collections.shuffle(index, new Random(42));
        SentenceSegmenter segmenter = new SentenceSegmenter();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (int k = 0; k < Math.min(size, index.size()); k++) {
                String[] a = articles.get(index.get(k)[0]);
                ActorMatch m = all.get(index.get(k)[0]).get(index.get(k)[1]);
                TextSpan sentence = segmenter.split(a[2]).stream()
                        .filter(s -> s.start() <= m.start() && m.start() < s.end()).findFirst().orElse(new TextSpan(0, 0));
                String text = a[2].substring(sentence.start(), m.start()) + "[[" + m.surface() + "]]"
                        + a[2].substring(m.end(), sentence.end());
                out.printf("%d\t%s\t%s\t%s\t%s\t%s%n", k + 1, a[0], m.actorId(), m.resolution(), m.surface(),
                        text.replace('\n', ' ').replace('\t', ' '));
            }
        }
    }

    private static List<String[]> read(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    JsonNode array = json.readTree(z.readAllBytes());
                    int n = 0;
                    for (JsonNode a : array) {
                        String date = a.path("date_extracted").asText("");
                        out.add(new String[]{zip.getFileName() + "#" + n++, date.length() >= 10 ? date.substring(0, 10) : null,
                                a.path("content").asText("")});
                    }
                }
            }
        }
        return out;
    }
}
