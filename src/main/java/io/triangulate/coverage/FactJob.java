package io.triangulate.coverage;

import io.triangulate.model.StoryAssignment;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts on Spark: the sentence features of each story with at least two articles (a fact × outlet
 * matrix of one article says nothing), grouped by story and aligned by {@link FactAligner}.
 */
public final class FactJob {

    private FactJob() {
    }

    public static Dataset<StoryFacts> run(Dataset<ArticleSentences> features, Dataset<StoryAssignment> assignments,
                                          CoverageSettings s) {
        Dataset<StoryAssignment> shared = assignments.join(
                        assignments.groupBy("storyId").count().where("count >= 2").select("storyId"), "storyId")
                .select("articleId", "storyId").as(Encoders.bean(StoryAssignment.class));
        Dataset<Tuple2<ArticleSentences, StoryAssignment>> joined = features.joinWith(shared,
                features.col("articleId").equalTo(shared.col("articleId")));
        return joined.groupByKey((MapFunction<Tuple2<ArticleSentences, StoryAssignment>, String>) t ->
                        t._2().getStoryId(), Encoders.STRING())
                .mapGroups((MapGroupsFunction<String, Tuple2<ArticleSentences, StoryAssignment>, StoryFacts>) (id, it) -> {
                    List<ArticleSentences> list = new ArrayList<>();
                    it.forEachRemaining(t -> list.add(t._1()));
                    return FactAligner.align(id, list, s);
                }, Encoders.bean(StoryFacts.class));
    }

    public static Dataset<FactRow> facts(Dataset<StoryFacts> storyFacts) {
        return storyFacts.flatMap((FlatMapFunction<StoryFacts, FactRow>) f -> f.getFacts().iterator(),
                Encoders.bean(FactRow.class));
    }

    public static Dataset<FactCoverageRow> coverage(Dataset<StoryFacts> storyFacts) {
        return storyFacts.flatMap((FlatMapFunction<StoryFacts, FactCoverageRow>) f -> f.getCoverage().iterator(),
                Encoders.bean(FactCoverageRow.class));
    }

    public static Dataset<OmissionRow> omissions(Dataset<StoryFacts> storyFacts) {
        return storyFacts.flatMap((FlatMapFunction<StoryFacts, OmissionRow>) f -> f.getOmissions().iterator(),
                Encoders.bean(OmissionRow.class));
    }
}
