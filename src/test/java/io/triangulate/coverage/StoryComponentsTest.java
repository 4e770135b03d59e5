package io.triangulate.coverage;

import io.triangulate.model.Article;
import io.triangulate.model.StoryAssignment;
import io.triangulate.testing.LocalSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stories are the connected components of the story links: checked against a union-find over the same
 * links, on random graphs with long chains (the worst case for label propagation), stars and loners.
 */
class StoryComponentsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void storiesAreTheConnectedComponentsOfTheLinks(long seed) {
        Random random = new Random(seed);
        int n = 300;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("a%04d", random.nextInt(10_000)) + "-" + i);
        }
        List<String[]> links = new ArrayList<>();
        // a chain of 60 articles in shuffled order: 59 links, a long way for the smallest id to travel
        List<String> chain = new ArrayList<>(ids.subList(0, 60));
        java.util.Collections.shuffle(chain, random);
        for (int i = 1; i < chain.size(); i++) {
            links.add(new String[]{chain.get(i - 1), chain.get(i)});
        }
        // a star and random sparse links among the rest; ids 280.. stay alone
        for (int i = 61; i < 80; i++) {
            links.add(new String[]{ids.get(60), ids.get(i)});
        }
        for (int k = 0; k < 150; k++) {
            links.add(new String[]{ids.get(80 + random.nextInt(200)), ids.get(80 + random.nextInt(200))});
        }

        SparkSession spark = LocalSpark.session();
        List<Article> articles = new ArrayList<>();
        for (String id : ids) {
            Article a = new Article();
            a.setId(id);
            articles.add(a);
        }
        StructType schema = new StructType().add("articleA", DataTypes.StringType).add("articleB", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        links.forEach(l -> rows.add(RowFactory.create(l[0], l[1])));
        Dataset<Row> edges = spark.createDataFrame(rows, schema);

        List<StoryAssignment> got = StoryJob.components(spark.createDataset(articles, Encoders.bean(Article.class)),
                edges, CoverageSettings.defaults()).collectAsList();

        Map<String, String> expected = unionFind(ids, links);
        Map<String, String> actual = new TreeMap<>();
        got.forEach(a -> actual.put(a.getArticleId(), a.getStoryId()));
        assertEquals(expected, actual);
    }

    /** Article id → story id of the smallest id in its component. */
    private static Map<String, String> unionFind(List<String> ids, List<String[]> links) {
        Map<String, String> parent = new HashMap<>();
        ids.forEach(id -> parent.put(id, id));
        for (String[] l : links) {
            String a = root(parent, l[0]);
            String b = root(parent, l[1]);
            if (!a.equals(b)) {
                parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
            }
        }
        Map<String, String> out = new TreeMap<>();
        ids.forEach(id -> out.put(id, StoryJob.storyId(root(parent, id))));
        return out;
    }

    private static String root(Map<String, String> parent, String id) {
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }
}
