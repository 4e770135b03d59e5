package io.triangulate.actors;

import org.apache.spark.sql.Dataset;

import java.io.Serializable;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

/**
 * Bounded summary of the actor stage for run.json and the brief.
 *
 * @param mentions  actor mentions found (all input articles)
 * @param actors    distinct actors in the current period
 * @param pairs     pairs reported for all outlets ("*") in the main window
 * @param window    the main window: "sentence" when computed, else "article"
 * @param newPairs  strongest pairs that did not co-occur in the previous period (empty without one)
 */
public record ActorHeadlines(long mentions, long actors, long pairs, String window, List<TopActor> topActors,
                             List<TopPair> topPairs, List<TopPair> newPairs) implements Serializable {

    public record TopActor(String id, String name, String nameAr, String type, long mentions, long articles,
                           long outlets) implements Serializable {
    }

    public record TopPair(String actorA, String actorB, String nameA, String nameB, String nameArA, String nameArB,
                          long sentences, long articles, long outlets, double npmi, double g2, String change)
            implements Serializable {

        /** The pair's names in the report's language ("ar": Arabic names where the dictionary has them). */
        public String nameA(String language) {
            return "ar".equals(language) && nameArA != null && !nameArA.isBlank() ? nameArA : nameA;
        }

        public String nameB(String language) {
            return "ar".equals(language) && nameArB != null && !nameArB.isBlank() ? nameArB : nameB;
        }
    }

    static ActorHeadlines of(ActorOutputs outputs, int topN) {
        Dataset<CooccurrenceRow> all = outputs.cooccurrence().filter(col("outlet").equalTo("*"));
        boolean hasSentence = !all.filter(col("window").equalTo("sentence")).isEmpty();
        String window = hasSentence ? "sentence" : "article";
        Dataset<CooccurrenceRow> main = all.filter(col("window").equalTo(window));
        List<TopActor> topActors = outputs.actors().orderBy(desc("mentions"), col("id")).limit(topN).collectAsList()
                .stream().map(a -> new TopActor(a.getId(), a.getName(), a.getNameAr(), a.getType(), a.getMentions(),
                        a.getArticles(), a.getOutlets())).toList();
        List<TopPair> topPairs = pairs(main.orderBy(desc("g2"), col("actorA"), col("actorB")), topN);
        List<TopPair> newPairs = pairs(main.filter(col("change").equalTo("new"))
                .orderBy(desc("g2"), col("actorA"), col("actorB")), topN);
        return new ActorHeadlines(outputs.mentions().count(), outputs.actors().count(), main.count(), window,
                topActors, topPairs, newPairs);
    }

    private static List<TopPair> pairs(Dataset<CooccurrenceRow> rows, int topN) {
        return rows.limit(topN).collectAsList().stream().map(p -> new TopPair(p.getActorA(), p.getActorB(),
                p.getNameA(), p.getNameB(), p.getNameArA(), p.getNameArB(), p.getSentences(), p.getArticles(), p.getOutlets(), p.getNpmi(), p.getG2(),
                p.getChange())).toList();
    }
}
