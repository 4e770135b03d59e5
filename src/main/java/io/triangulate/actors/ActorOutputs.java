package io.triangulate.actors;

import io.triangulate.model.Mention;
import org.apache.spark.sql.Dataset;

/**
 * The actor stage's tables: {@code mentions} (every article of the input), and for the current period
 * {@code actors}, {@code cooccurrence} and {@code candidates} (table actor_candidates).
 */
public record ActorOutputs(Dataset<Mention> mentions, Dataset<ActorRow> actors, Dataset<CooccurrenceRow> cooccurrence,
                           Dataset<ActorCandidate> candidates) {
}
