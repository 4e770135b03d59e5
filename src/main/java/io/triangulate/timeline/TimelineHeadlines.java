package io.triangulate.timeline;

import java.util.List;
import java.util.Map;

/**
 * A bounded summary of the timeline for run.json and the brief: counts, the sharpest conflicts with
 * their evidence, and the dated entries of the stories with the most dated events (for a chart).
 *
 * @param conflictsByKind  date, duration, implied_gap, number, contradiction → count (sorted by kind)
 * @param topStories       story ids ranked by reported entries, then outlets dating them
 * @param topStoryEntries  reported entries of {@code topStories}, by story then first day (capped)
 * @param outlets          outlet consistency rows, most claims first (capped at topN)
 */
public record TimelineHeadlines(long events, long entries, long conflicts, Map<String, Long> conflictsByKind,
                                List<ConflictRow> sharpestConflicts, List<String> topStories,
                                List<TimelineEntryRow> topStoryEntries, List<OutletConsistencyRow> outlets) {
}
