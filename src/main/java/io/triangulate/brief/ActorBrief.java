package io.triangulate.brief;

import io.triangulate.actors.ActorCandidate;
import io.triangulate.actors.ActorHeadlines;
import io.triangulate.actors.ActorNetwork;
import io.triangulate.actors.ActorOutputs;
import io.triangulate.actors.ActorRow;
import io.triangulate.actors.CooccurrenceRow;
import io.triangulate.model.Mention;
import io.triangulate.report.BriefModel;
import io.triangulate.report.Figure;
import io.triangulate.report.Labels;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.triangulate.report.SheetTable.ColumnType.ARABIC_TEXT;
import static io.triangulate.report.SheetTable.ColumnType.DATE;
import static io.triangulate.report.SheetTable.ColumnType.DECIMAL;
import static io.triangulate.report.SheetTable.ColumnType.INTEGER;
import static io.triangulate.report.SheetTable.ColumnType.REF;
import static io.triangulate.report.SheetTable.ColumnType.TEXT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

/** The "who appears with whom" part of the brief: actor sheets, the network figure, pair findings. */
final class ActorBrief {

    private ActorBrief() {
    }

    static BriefPart build(ActorOutputs actors, ActorHeadlines headlines, ActorNetwork network, Labels labels,
                           EvidenceBook evidence, int maxRows) {
        BriefPart part = new BriefPart();
        List<ActorHeadlines.TopPair> cited = new ArrayList<>(headlines.topPairs());
        cited.addAll(headlines.newPairs());
        List<String[]> pairRefs = exampleSentences(actors.mentions(), cited, evidence);

        TableBuilder actorSheet = new TableBuilder("Actors", labels)
                .col("actor", TEXT, 22).col("name", TEXT, 26).col("nameAr", ARABIC_TEXT, 26).col("type", TEXT, 14)
                .col("mentions", INTEGER, 10).col("articles", INTEGER, 10).col("outlets", INTEGER, 9)
                .col("firstSeen", DATE, 12).col("lastSeen", DATE, 12);
        for (ActorRow a : actors.actors().orderBy(desc("mentions"), col("id")).limit(maxRows).collectAsList()) {
            actorSheet.row(a.getId(), a.getName(), a.getNameAr(), a.getType(), a.getMentions(), a.getArticles(),
                    a.getOutlets(), a.getFirstSeen(), a.getLastSeen());
        }
        part.tables.add(actorSheet.build());

        TableBuilder pairs = new TableBuilder("Co-occurrence", labels)
                .col("actorA", TEXT, 24).col("actorB", TEXT, 24).col("window", TEXT, 10).col("outlet", TEXT, 14)
                .col("sentences", INTEGER, 10).col("articles", INTEGER, 10).col("outlets", INTEGER, 9)
                .col("npmi", DECIMAL, 8).col("g2", DECIMAL, 10).col("firstSeen", DATE, 12).col("lastSeen", DATE, 12)
                .col("previous", INTEGER, 10).col("change", TEXT, 10).col("example", REF, 10);
        for (CooccurrenceRow p : actors.cooccurrence()
                .orderBy(col("outlet").notEqual("*"), col("window").notEqual("sentence"), desc("g2"), col("actorA"),
                        col("actorB"), col("outlet"))
                .limit(maxRows).collectAsList()) {
            pairs.row(p.getNameA(), p.getNameB(), p.getWindow(), p.getOutlet(), p.getSentences(), p.getArticles(),
                    p.getOutlets(), round(p.getNpmi()), round(p.getG2()), p.getFirstSeen(), p.getLastSeen(),
                    p.getPreviousCount(), p.getChange(), refFor(pairRefs, p.getActorA(), p.getActorB()));
        }
        part.tables.add(pairs.build());

        TableBuilder candidates = new TableBuilder("Actor candidates", labels)
                .col("surface", ARABIC_TEXT, 26).col("pattern", TEXT, 18).col("count", INTEGER, 8)
                .col("articles", INTEGER, 9).col("outlets", INTEGER, 9).col("location", TEXT, 24)
                .col("exampleSentence", ARABIC_TEXT, 70);
        for (ActorCandidate c : actors.candidates().orderBy(desc("count"), col("normalized")).limit(maxRows).collectAsList()) {
            candidates.row(c.getSurface(), c.getPattern(), c.getCount(), c.getArticles(), c.getOutlets(),
                    Locations.of(c.getExampleArticleId(), c.getExampleSentenceIndex(), c.getExampleStart(), c.getExampleEnd()),
                    c.getExampleSentence());
        }
        part.tables.add(candidates.build());

        part.sections.add(new BriefModel.Section(labels.get("section.actors"),
                labels.get("section.actors.intro", headlines.actors(), headlines.mentions(), headlines.pairs()),
                List.of(networkFigure(network, labels)),
                List.of(new BriefModel.TableExcerpt("Actors", labels.get("excerpt.actors"), List.of(1, 2, 3, 4, 5, 6), 12),
                        new BriefModel.TableExcerpt("Co-occurrence", labels.get("excerpt.pairs"),
                                List.of(0, 1, 4, 5, 6, 7, 8, 13), 12))));

        for (ActorHeadlines.TopPair p : headlines.topPairs().stream().limit(3).toList()) {
            part.findings.add(new BriefModel.Finding(
                    labels.get("finding.pair", p.nameA(labels.language()), p.nameB(labels.language())),
                    labels.get("finding.pair.detail", p.sentences(), p.articles(), p.outlets(), round(p.npmi())),
                    refsFor(pairRefs, p.actorA(), p.actorB())));
        }
        for (ActorHeadlines.TopPair p : headlines.newPairs().stream().limit(3).toList()) {
            part.findings.add(new BriefModel.Finding(
                    labels.get("finding.newPair", p.nameA(labels.language()), p.nameB(labels.language())),
                    labels.get("finding.pair.detail", p.sentences(), p.articles(), p.outlets(), round(p.npmi())),
                    refsFor(pairRefs, p.actorA(), p.actorB())));
        }
        return part;
    }

    private static Figure.NetworkFigure networkFigure(ActorNetwork network, Labels labels) {
        List<Figure.Node> nodes = network.nodes().stream().map(n -> new Figure.Node(n.id(), n.name(), n.nameAr(),
                n.type(), n.weightedDegree(), n.community(), n.x(), n.y())).toList();
        List<Figure.Edge> edges = network.edges().stream().map(e -> new Figure.Edge(e.a(), e.b(), e.weight())).toList();
        return new Figure.NetworkFigure(labels.get("figure.network"), nodes, edges);
    }

    /**
     * The first sentence (earliest published, then article id and position) naming both actors of
     * each pair: one bounded query over the mentions of the cited actors only.
     */
    private static List<String[]> exampleSentences(Dataset<Mention> mentions, List<ActorHeadlines.TopPair> pairs,
                                                   EvidenceBook evidence) {
        List<String[]> out = new ArrayList<>();
        if (pairs.isEmpty()) {
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (ActorHeadlines.TopPair p : pairs) {
            ids.add(p.actorA());
            ids.add(p.actorB());
        }
        Dataset<Row> m = mentions.toDF().filter(col("actorId").isin(ids.toArray()))
                .select("articleId", "sentenceIndex", "actorId", "published").distinct();
        Dataset<Row> a = m.toDF("articleId", "sentenceIndex", "actorA", "published");
        Dataset<Row> b = m.select("articleId", "sentenceIndex", "actorId").toDF("articleIdB", "sentenceIndexB", "actorB");
        List<Row> rows = a.join(b, a.col("articleId").equalTo(b.col("articleIdB"))
                        .and(a.col("sentenceIndex").equalTo(b.col("sentenceIndexB")))
                        .and(a.col("actorA").lt(b.col("actorB"))))
                .groupBy("actorA", "actorB")
                .agg(min(struct(col("published"), col("articleId"), col("sentenceIndex"))).as("first"))
                .collectAsList();
        Set<String> wanted = new HashSet<>();
        for (ActorHeadlines.TopPair p : pairs) {
            wanted.add(p.actorA().compareTo(p.actorB()) < 0 ? p.actorA() + "|" + p.actorB() : p.actorB() + "|" + p.actorA());
        }
        rows = new ArrayList<>(rows);
        rows.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1)));
        for (Row r : rows) {
            if (!wanted.contains(r.getString(0) + "|" + r.getString(1))) {
                continue;
            }
            Row first = r.getStruct(2);
            String ref = evidence.cite(SentenceRef.sentence(first.getString(1), first.getInt(2)));
            out.add(new String[] {r.getString(0), r.getString(1), ref});
        }
        return out;
    }

    private static String refFor(List<String[]> refs, String a, String b) {
        for (String[] r : refs) {
            if ((r[0].equals(a) && r[1].equals(b)) || (r[0].equals(b) && r[1].equals(a))) {
                return r[2];
            }
        }
        return null;
    }

    private static List<String> refsFor(List<String[]> refs, String a, String b) {
        String ref = refFor(refs, a, b);
        return ref == null ? List.of() : List.of(ref);
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
