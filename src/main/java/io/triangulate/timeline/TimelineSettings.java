package io.triangulate.timeline;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settings of the timeline stage, read by Jackson; an absent field takes its default.
 *
 * @param maxTriggerDistanceChars a time expression is attached to the nearest event word at most this
 *                                many characters away in its sentence, or to none
 * @param directnessWindowWords   how many words after "talks" may say "(in)direct"
 * @param maxClaimsPerStory       cap on the event mentions aligned per story (the first by article and
 *                                sentence are kept), so one huge story cannot stall a task
 * @param maxNumbersPerStory      cap on the counts compared per story (compared pairwise within a story)
 * @param conflictWindowDays      two dates for one event are rivals (a conflict) when no more than this
 *                                many days apart; further apart they are taken as different events
 * @param coarsestPrecision       coarser dates (a bare year) are listed as events but not aligned:
 *                                they agree with everything and would only inflate agreement
 * @param requireActorOverlap     merge event mentions only when their actors overlap (an empty actor
 *                                list overlaps anything)
 * @param approxShare             slack of an approximate duration ("about eight months"), as a share
 * @param numberActorOverlap      two counts are about the same thing only if the Jaccard overlap of their
 *                                sentences' actors reaches this
 * @param minOutletsForConsensus  outlet consistency counts only entries at least this many outlets date
 * @param maxRefsPerSide          cap on evidence references listed per entry or conflict side
 */
public record TimelineSettings(int maxTriggerDistanceChars, int directnessWindowWords, int maxClaimsPerStory,
                               int maxNumbersPerStory, int conflictWindowDays, String coarsestPrecision,
                               boolean requireActorOverlap, double approxShare, double numberActorOverlap,
                               int minOutletsForConsensus, int maxRefsPerSide) implements Serializable {

    private static final Set<String> PRECISIONS = Set.of("DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "RANGE");

    public static TimelineSettings defaults() {
        return new TimelineSettings(200, 7, 2000, 500, 7, "MONTH", true, 0.15, 0.5, 2, 20);
    }

    @JsonCreator
    public static TimelineSettings of(@JsonProperty("maxTriggerDistanceChars") Integer maxTriggerDistanceChars,
                                      @JsonProperty("directnessWindowWords") Integer directnessWindowWords,
                                      @JsonProperty("maxClaimsPerStory") Integer maxClaimsPerStory,
                                      @JsonProperty("maxNumbersPerStory") Integer maxNumbersPerStory,
                                      @JsonProperty("conflictWindowDays") Integer conflictWindowDays,
                                      @JsonProperty("coarsestPrecision") String coarsestPrecision,
                                      @JsonProperty("requireActorOverlap") Boolean requireActorOverlap,
                                      @JsonProperty("approxShare") Double approxShare,
                                      @JsonProperty("numberActorOverlap") Double numberActorOverlap,
                                      @JsonProperty("minOutletsForConsensus") Integer minOutletsForConsensus,
                                      @JsonProperty("maxRefsPerSide") Integer maxRefsPerSide) {
        TimelineSettings d = defaults();
        return new TimelineSettings(
                maxTriggerDistanceChars != null ? maxTriggerDistanceChars : d.maxTriggerDistanceChars,
                directnessWindowWords != null ? directnessWindowWords : d.directnessWindowWords,
                maxClaimsPerStory != null ? maxClaimsPerStory : d.maxClaimsPerStory,
                maxNumbersPerStory != null ? maxNumbersPerStory : d.maxNumbersPerStory,
                conflictWindowDays != null ? conflictWindowDays : d.conflictWindowDays,
                coarsestPrecision != null ? coarsestPrecision : d.coarsestPrecision,
                requireActorOverlap != null ? requireActorOverlap : d.requireActorOverlap,
                approxShare != null ? approxShare : d.approxShare,
                numberActorOverlap != null ? numberActorOverlap : d.numberActorOverlap,
                minOutletsForConsensus != null ? minOutletsForConsensus : d.minOutletsForConsensus,
                maxRefsPerSide != null ? maxRefsPerSide : d.maxRefsPerSide);
    }

    /** Problems with these settings, each naming the field; empty when valid. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        positive(problems, "maxTriggerDistanceChars", maxTriggerDistanceChars);
        positive(problems, "directnessWindowWords", directnessWindowWords);
        positive(problems, "maxClaimsPerStory", maxClaimsPerStory);
        positive(problems, "maxNumbersPerStory", maxNumbersPerStory);
        positive(problems, "maxRefsPerSide", maxRefsPerSide);
        positive(problems, "minOutletsForConsensus", minOutletsForConsensus);
        if (conflictWindowDays < 0) {
            problems.add("timeline.conflictWindowDays must be >= 0, was " + conflictWindowDays);
        }
        if (coarsestPrecision == null || !PRECISIONS.contains(coarsestPrecision)) {
            problems.add("timeline.coarsestPrecision must be one of " + PRECISIONS + ", was " + coarsestPrecision);
        }
        if (!(approxShare >= 0 && approxShare < 1)) {
            problems.add("timeline.approxShare must be in [0, 1), was " + approxShare);
        }
        if (!(numberActorOverlap >= 0 && numberActorOverlap <= 1)) {
            problems.add("timeline.numberActorOverlap must be in [0, 1], was " + numberActorOverlap);
        }
        return problems;
    }

    private static void positive(List<String> problems, String field, int value) {
        if (value <= 0) {
            problems.add("timeline." + field + " must be > 0, was " + value);
        }
    }

    /** Rank of {@link #coarsestPrecision} on {@link TimeValue#coarseness()}'s scale. */
    public int coarsestRank() {
        return switch (coarsestPrecision) {
            case "DAY" -> 0;
            case "WEEK" -> 1;
            case "MONTH" -> 2;
            case "QUARTER" -> 3;
            case "YEAR" -> 4;
            default -> 5;
        };
    }
}
