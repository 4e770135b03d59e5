package io.triangulate.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.Article;
import io.triangulate.model.Sentence;
import io.triangulate.spark.SparkSessions;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Hand-run end-to-end check (not a test): the actor stage in local[2] on the SaudiNewsNet week, with
 * 21–23 July as the previous period and 24–27 July as the current one. Prints timings, headlines and
 * the network size. Usage: ActorStageBench &lt;dir with the zips&gt;
 */
public final class ActorStageBench {

    public static void main(String[] args) throws IOException {
        List<Article> articles = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        read(Path.of(args[0]), articles, sentences);
        SparkSession spark = SparkSessions.create("actor-stage-bench", "local[2]", 4);
        spark.sparkContext().setLogLevel("WARN");
        Dataset<Article> a = spark.createDataset(articles, Encoders.bean(Article.class));
        long t0 = System.nanoTime();
        ActorOutputs out = ActorStage.run(spark, a, ActorSettings.defaults(), "late", "early");
        long mentions = out.mentions().count();
        long pairs = out.cooccurrence().count();
        long candidates = out.candidates().count();
        double stageSeconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ActorHeadlines h = ActorStage.headlines(out, 10);
        ActorNetwork network = ActorNetworks.build(out.cooccurrence(), 150);
        double reportSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("articles %d, sentences %d, mentions %d, cooccurrence rows %d, candidates %d%n",
                articles.size(), sentences.size(), mentions, pairs, candidates);
        System.out.printf("stage (mentions+tables) %.1f s, headlines+network %.1f s%n", stageSeconds, reportSeconds);
        System.out.println("top actors: " + h.topActors().stream().map(x -> x.name() + "=" + x.mentions()).toList());
        System.out.println("top pairs: " + h.topPairs().stream()
                .map(p -> p.nameA() + " + " + p.nameB() + " (" + p.sentences() + " sent, g2 " + Math.round(p.g2()) + ", " + p.change() + ")").toList());
        System.out.println("new pairs: " + h.newPairs().stream().map(p -> p.nameA() + " + " + p.nameB()).toList());
        System.out.printf("network: %d nodes, %d edges, %d communities%n", network.nodes().size(), network.edges().size(),
                network.nodes().stream().mapToInt(ActorNetwork.Node::community).max().orElse(-1) + 1);
        out.candidates().show(15, 60);
        spark.stop();
    }

    private static void read(Path dir, List<Article> articles, List<Sentence> sentences) throws IOException {
        ObjectMapper json = new ObjectMapper();
        SentenceSegmenter segmenter = new SentenceSegmenter();
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(p -> p.toString().endsWith(".zip")).sorted().toList();
        }
        for (Path zip : zips) {
            try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    int n = 0;
                    for (JsonNode j : json.readTree(z.readAllBytes())) {
                        Article a = new Article();
                        a.setId(zip.getFileName() + "#" + n++);
                        a.setOutlet(j.path("source").asText());
                        a.setText(j.path("content").asText(""));
                        String date = j.path("date_extracted").asText("");
                        a.setPublished(date.length() >= 10 ? date.substring(0, 10) : null);
                        a.setPublishedPrecision(date.length() >= 10 ? "DAY" : "UNKNOWN");
                        a.setLanguage("ar");
                        a.setPeriod(a.getPublished() != null && a.getPublished().compareTo("2015-07-23") <= 0 ? "early" : "late");
                        articles.add(a);
                        List<TextSpan> spans = segmenter.split(a.getText());
                        for (int i = 0; i < spans.size(); i++) {
                            sentences.add(new Sentence(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(),
                                    "ar", i, spans.get(i).start(), spans.get(i).end(), spans.get(i).of(a.getText())));
                        }
                    }
                }
            }
        }
    }
}
