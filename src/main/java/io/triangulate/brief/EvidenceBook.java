package io.triangulate.brief;

import io.triangulate.model.Article;
import io.triangulate.model.Sentence;
import io.triangulate.report.BriefModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

/**
 * The evidence appendix: sentences cited by findings and tables, numbered E1, E2, ... in the order
 * they are first cited. Sections register references while they are built; {@link #resolve} then
 * fetches all cited sentences in one bounded Spark query (a broadcast join on the references).
 */
public final class EvidenceBook {

    private final Map<SentenceRef, String> ids = new LinkedHashMap<>();
    private final Map<String, SentenceRef> bySentence = new LinkedHashMap<>();
    private List<BriefModel.Evidence> resolved = List.of();

    /** The reference id for a sentence, registering it on first use. */
    public String cite(SentenceRef ref) {
        String key = ref.articleId() + "#" + ref.sentenceIndex();
        SentenceRef known = bySentence.get(key);
        if (known != null) {
            return ids.get(known);
        }
        String id = "E" + (ids.size() + 1);
        ids.put(ref, id);
        bySentence.put(key, ref);
        return id;
    }

    public int size() {
        return ids.size();
    }

    /** Looks up every cited sentence's text, outlet, date and URL. */
    public void resolve(SparkSession spark, Dataset<Sentence> sentences, Dataset<Article> articles) {
        if (ids.isEmpty()) {
            return;
        }
        StructType schema = new StructType().add("refArticle", DataTypes.StringType).add("refIndex", DataTypes.IntegerType);
        List<Row> refs = new ArrayList<>();
        for (SentenceRef r : ids.keySet()) {
            refs.add(org.apache.spark.sql.RowFactory.create(r.articleId(), r.sentenceIndex()));
        }
        Dataset<Row> wanted = broadcast(spark.createDataFrame(refs, schema));
        Dataset<Row> found = sentences.toDF().join(wanted, col("articleId").equalTo(col("refArticle"))
                        .and(col("index").equalTo(col("refIndex"))))
                .join(articles.toDF().select(col("id"), col("url")), col("articleId").equalTo(col("id")), "left")
                .select("articleId", "index", "outlet", "published", "start", "end", "text", "url");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row r : found.collectAsList()) {
            rows.put(r.getString(0) + "#" + r.getInt(1), r);
        }
        List<BriefModel.Evidence> out = new ArrayList<>();
        for (Map.Entry<SentenceRef, String> e : ids.entrySet()) {
            SentenceRef ref = e.getKey();
            Row r = rows.get(ref.articleId() + "#" + ref.sentenceIndex());
            if (r == null) {
                continue;
            }
            int start = ref.start() >= 0 ? ref.start() : r.getInt(4);
            int end = ref.end() >= 0 ? ref.end() : r.getInt(5);
            out.add(new BriefModel.Evidence(e.getValue(), ref.articleId(), r.getString(2), r.getString(3),
                    ref.sentenceIndex(), start, end, r.getString(6), r.getString(7)));
        }
        resolved = out;
    }

    /** Ids that resolved to a sentence (a finding must cite only those). */
    public boolean isResolved(String refId) {
        return resolved.stream().anyMatch(e -> e.refId().equals(refId));
    }

    public List<BriefModel.Evidence> evidence() {
        return resolved;
    }

}
