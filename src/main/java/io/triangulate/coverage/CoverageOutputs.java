package io.triangulate.coverage;

import io.triangulate.model.StoryAssignment;
import org.apache.spark.sql.Dataset;

/** The tables of the coverage stage. */
public record CoverageOutputs(Dataset<StoryRow> stories, Dataset<StoryAssignment> assignments,
                              Dataset<ArticlePair> pairs, Dataset<FactRow> facts,
                              Dataset<FactCoverageRow> factCoverage, Dataset<OmissionRow> omissions,
                              Dataset<CitationRow> citations) {
}
