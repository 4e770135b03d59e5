package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An article's sentence features with its metadata (Spark row), for story linking and facts. */
public class ArticleSentences implements Serializable {
    private String articleId;
    private String outlet;
    private String published;
    private String publishedPrecision;
    private List<SentenceFeature> sentences = new ArrayList<>();

    public ArticleSentences() {
    }

    public ArticleSentences(String articleId, String outlet, String published, String publishedPrecision,
                            List<SentenceFeature> sentences) {
        this.articleId = articleId;
        this.outlet = outlet;
        this.published = published;
        this.publishedPrecision = publishedPrecision;
        this.sentences = sentences;
    }

    /**
     * The same rows with the given fields of every sentence set to null, for a step that does not read
     * them: such rows are joined per candidate pair or per article, and the sentence texts and term
     * lists are most of their bytes.
     */
    public static Dataset<ArticleSentences> withoutSentenceFields(Dataset<ArticleSentences> features,
                                                                  String... fields) {
        StructType sentence = (StructType) ((ArrayType) features.schema().apply("sentences").dataType()).elementType();
        return features.withColumn("sentences", functions.transform(functions.col("sentences"), f -> {
            Column out = f;
            for (String field : fields) {
                out = out.withField(field, functions.lit(null).cast(sentence.apply(field).dataType()));
            }
            return out;
        })).as(Encoders.bean(ArticleSentences.class));
    }

    public PublicationDate publicationDate() {
        return PublicationDate.of(published, publishedPrecision);
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String outlet) { this.outlet = outlet; }
    public String getPublished() { return published; }
    public void setPublished(String published) { this.published = published; }
    public String getPublishedPrecision() { return publishedPrecision; }
    public void setPublishedPrecision(String publishedPrecision) { this.publishedPrecision = publishedPrecision; }
    public List<SentenceFeature> getSentences() { return sentences; }
    public void setSentences(List<SentenceFeature> sentences) { this.sentences = sentences; }
}
