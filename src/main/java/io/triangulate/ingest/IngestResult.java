package io.triangulate.ingest;

import io.triangulate.model.Reject;
import org.apache.spark.sql.Dataset;

/**
 * What the input side produced: raw articles (ids unique, or shared only by records with identical
 * text) and every record that could not be used, with the reason.
 */
public record IngestResult(Dataset<RawArticle> articles, Dataset<Reject> rejects) {
}
