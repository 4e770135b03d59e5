package io.triangulate.timeline;

import org.apache.spark.sql.Dataset;

/** The timeline stage's tables: events, timeline, conflicts, outlet_consistency. */
public record TimelineOutputs(Dataset<EventRow> events, Dataset<TimelineEntryRow> timeline,
                              Dataset<ConflictRow> conflicts, Dataset<OutletConsistencyRow> outletConsistency) {
}
