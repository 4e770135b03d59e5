/**
 * "Do the dates add up?": events, their alignment across a story's articles, conflicts, and how
 * consistent each outlet's dated claims are.
 *
 * <p>Flow ({@link io.triangulate.timeline.TimelineStage#run}):
 * <ol>
 *   <li>Per article ({@link io.triangulate.timeline.ClaimExtractor}): each time expression is attached
 *       to the nearest event word of its sentence (lexicon {@code triangulate/timeline/lexicon.json};
 *       clitics and pronoun suffixes peeled off) and to the actors the sentence names. Its relation says
 *       how the date bears on the event: {@code at}, {@code since} ("منذ يناير"), {@code gap} ("the first
 *       in ten months"), {@code previous} ("the last talks were in May"), {@code duration}. Counts with
 *       their counted noun ({@link io.triangulate.timeline.NumberExtractor}) and "(in)direct talks" are
 *       read from every sentence.</li>
 *   <li>Per story ({@link io.triangulate.timeline.StoryAligner}): dated mentions merge into timeline
 *       entries (same family, overlapping actors, overlapping runs of days: {@link io.triangulate.timeline.TimeValue});
 *       gap, earlier-date and directness claims attach to the entry their sentence or article dates;
 *       {@code ConflictFinder} reports date, duration, implied_gap, number and contradiction conflicts;
 *       {@code ConsensusJudge} marks each article's claim as agreeing with the consensus or not.</li>
 * </ol>
 *
 * <p>Limits, on purpose: a bare year (or coarser) is listed in {@code events} but not aligned (it
 * agrees with everything); strikes, attacks and statements recur, so two dates for them are two events,
 * never a date conflict; a time expression further than {@code maxTriggerDistanceChars} from any event
 * word is attached to none; direct/indirect is read only from the talk word's own phrase.
 */
package io.triangulate.timeline;
