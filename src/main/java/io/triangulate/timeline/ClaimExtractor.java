package io.triangulate.timeline;

import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds, in one sentence, the claims a timeline is built from: each time expression attached to the
 * nearest event trigger (and so to what happened and who took part), the counts the sentence
 * reports, and whether it calls talks direct or indirect. Pure: no Spark.
 */
public final class ClaimExtractor implements Serializable {

    /** An event word in the sentence; offsets into the sentence. */
    public record Trigger(TimelineLexicon.EventKind kind, int word, int start, int end, String surface) {
    }

    private final TimelineLexicon lexicon;
    private final NumberExtractor numbers;
    private final int maxTriggerDistance;
    private final int directnessWindow;

    public ClaimExtractor(TimelineLexicon lexicon, TimelineSettings settings) {
        this.lexicon = lexicon;
        this.numbers = new NumberExtractor(lexicon);
        this.maxTriggerDistance = settings.maxTriggerDistanceChars();
        this.directnessWindow = settings.directnessWindowWords();
    }

    /** Every claim of one article, sentence by sentence in reading order. */
    public List<TimelineClaim> extractArticle(List<Sentence> sentences, List<TimeExpression> timexes, List<Mention> mentions) {
        java.util.Map<Integer, List<TimeExpression>> timexBySentence = new java.util.HashMap<>();
        timexes.forEach(t -> timexBySentence.computeIfAbsent(t.getSentenceIndex(), k -> new ArrayList<>()).add(t));
        java.util.Map<Integer, List<Mention>> mentionBySentence = new java.util.HashMap<>();
        mentions.forEach(m -> mentionBySentence.computeIfAbsent(m.getSentenceIndex(), k -> new ArrayList<>()).add(m));
        List<Sentence> ordered = new ArrayList<>(sentences);
        ordered.sort(Comparator.comparingInt(Sentence::getIndex));
        List<TimelineClaim> out = new ArrayList<>();
        for (Sentence s : ordered) {
            out.addAll(extract(s, timexBySentence.getOrDefault(s.getIndex(), List.of()),
                    mentionBySentence.getOrDefault(s.getIndex(), List.of())));
        }
        return out;
    }

    /** Every claim of {@code sentence}; {@code timexes} and {@code mentions} are those of this sentence. */
    public List<TimelineClaim> extract(Sentence sentence, List<TimeExpression> timexes, List<Mention> mentions) {
        String text = sentence.getText();
        List<Word> words = Word.split(text);
        List<Trigger> triggers = triggers(text, words);
        List<String> actors = actors(mentions);
        List<String> dates = new ArrayList<>();
        for (TimeExpression t : timexes) {
            if ("DATE".equals(t.getType()) || "TIME".equals(t.getType())) {
                dates.add(t.getValue() + "|" + (t.getMod() == null ? "" : t.getMod()));
            }
        }
        List<TimelineClaim> out = new ArrayList<>();
        List<TimeExpression> ordered = new ArrayList<>(timexes);
        ordered.sort(Comparator.comparingInt(TimeExpression::getStart).thenComparingInt(TimeExpression::getEnd));
        for (TimeExpression t : ordered) {
            event(sentence, words, triggers, t, actors).ifPresent(out::add);
        }
        for (NumberExtractor.Count c : numbers.extract(text, words)) {
            TimelineClaim claim = base(sentence, "number", actors, dates);
            claim.setNoun(c.noun());
            claim.setNumberLow(c.low());
            claim.setNumberHigh(c.high());
            claim.setSpanStart(sentence.getStart() + words.get(c.firstWord()).start());
            claim.setSpanEnd(sentence.getStart() + words.get(c.lastWord()).end());
            claim.setNumberSurface(text.substring(words.get(c.firstWord()).start(), words.get(c.lastWord()).end()));
            out.add(claim);
        }
        for (Trigger trigger : triggers) {
            directness(sentence, words, triggers, trigger, actors, dates).ifPresent(out::add);
        }
        return out;
    }

    /** Event words of the sentence, in order. */
    public List<Trigger> triggers(String text, List<Word> words) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            TimelineLexicon.EventKind kind = w.digits() ? null : lexicon.trigger(w.text());
            if (kind != null) {
                out.add(new Trigger(kind, i, w.start(), w.end(), text.substring(w.start(), w.end())));
            }
        }
        return out;
    }

    /**
     * The trigger closest to [start, end) (sentence offsets) within the distance limit; on a tie the
     * one before wins, since Arabic and English both tend to name the event before its date.
     */
    public Optional<Trigger> nearest(List<Trigger> triggers, int start, int end) {
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Trigger t : triggers) {
            int d = t.end() <= start ? start - t.end() : t.start() >= end ? t.start() - end : 0;
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return bestDistance <= maxTriggerDistance ? Optional.ofNullable(best) : Optional.empty();
    }

    private Optional<TimelineClaim> event(Sentence s, List<Word> words, List<Trigger> triggers,
                                                    TimeExpression t, List<String> actors) {
        int start = t.getStart() - s.getStart();
        int end = t.getEnd() - s.getStart();
        if (start < 0 || end > s.getText().length() || end <= start) {
            return Optional.empty();
        }
        Optional<Trigger> found = nearest(triggers, start, end);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Trigger trigger = found.get();
        TimelineClaim c = base(s, "event", actors, List.of());
        c.setEventType(trigger.kind().type());
        c.setFamily(trigger.kind().family());
        c.setTrigger(trigger.surface());
        c.setTriggerStart(s.getStart() + trigger.start());
        c.setTriggerEnd(s.getStart() + trigger.end());
        c.setTimexStart(t.getStart());
        c.setTimexEnd(t.getEnd());
        c.setTimexSurface(t.getSurface());
        c.setTimexType(t.getType());
        c.setValue(t.getValue());
        c.setMod(t.getMod());
        c.setPrecision(t.getPrecision());
        c.setResolved(t.isResolved());
        c.setSpanStart(t.getStart());
        c.setSpanEnd(t.getEnd());
        c.setRelation(relation(words, triggers, trigger, t.getType(), start));
        c.setDistinct(hasMarkerNear(words, trigger.word(), lexicon.distinctMarkers, 4, 3));
        return Optional.of(c);
    }

    private String relation(List<Word> words, List<Trigger> triggers, Trigger trigger, String type, int timexStart) {
        boolean since = afterSince(words, timexStart);
        if ("DURATION".equals(type)) {
            return since ? "gap" : "duration";
        }
        if ("SET".equals(type)) {
            return "set";
        }
        if (since) {
            return "since";
        }
        return isPrevious(words, triggers, trigger, timexStart) ? "previous" : "at";
    }

    /** Whether "منذ"/"since" opens the time expression or stands just before it (fillers aside). */
    private boolean afterSince(List<Word> words, int timexStart) {
        int i = 0;
        while (i < words.size() && words.get(i).end() <= timexStart) {
            i++;
        }
        if (i < words.size() && lexicon.isAny(words.get(i).text(), lexicon.sinceWords)) {
            return true;
        }
        for (int k = i - 1; k >= 0 && k >= i - 5; k--) {
            String w = words.get(k).text();
            if (lexicon.isAny(w, lexicon.sinceWords)) {
                return true;
            }
            if (!lexicon.fillerWords.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the last talks ... were in May" / "the previous talks": the date belongs to an earlier event of
     * the same kind, not to the one the story reports.
     */
    private boolean isPrevious(List<Word> words, List<Trigger> triggers, Trigger attached, int timexStart) {
        for (Trigger t : triggers) {
            if (!t.kind().family().equals(attached.kind().family()) || t.start() > timexStart) {
                continue;
            }
            if (t.word() > 0 && lexicon.isAny(words.get(t.word() - 1).text(), lexicon.previousBefore)) {
                return true;
            }
        }
        return hasMarkerNear(words, attached.word(), lexicon.previousAfter, 0, 2);
    }

    private boolean hasMarkerNear(List<Word> words, int at, java.util.Set<String> markers, int before, int after) {
        for (int k = Math.max(0, at - before); k <= Math.min(words.size() - 1, at + after); k++) {
            if (k != at && lexicon.isAny(words.get(k).text(), markers)) {
                return true;
            }
        }
        return false;
    }

    /** "مفاوضات غير مباشرة" → indirect, "مفاوضات مباشرة" → direct; up to the next event word. */
    private Optional<TimelineClaim> directness(Sentence s, List<Word> words, List<Trigger> triggers,
                                                        Trigger trigger, List<String> actors, List<String> dates) {
        if (!"talks".equals(trigger.kind().family()) || hasMarkerNear(words, trigger.word(), lexicon.deniedBefore, 3, 0)) {
            return Optional.empty();
        }
        String found = null;
        int last = -1;
        for (int k = trigger.word() + 1; k < words.size() && k <= trigger.word() + directnessWindow && found == null; k++) {
            final int index = k;
            if (triggers.stream().anyMatch(t -> t.word() == index)) {
                break;
            }
            String w = words.get(k).text();
            if (lexicon.isAny(w, lexicon.indirectWords)) {
                found = "indirect";
            } else if (lexicon.isAny(w, lexicon.directWords)) {
                boolean negated = lexicon.isAny(words.get(k - 1).text(), lexicon.negation);
                if (negated) {
                    found = "indirect";
                } else if (k - trigger.word() <= 2 && agrees(trigger, w)) {
                    found = "direct";
                }
            }
            last = k;
        }
        if (found == null && trigger.word() > 0) { // English puts the adjective first: "indirect talks"
            String w = words.get(trigger.word() - 1).text();
            if (lexicon.indirectWords.contains(w) || lexicon.directWords.contains(w)) {
                found = lexicon.indirectWords.contains(w) ? "indirect" : "direct";
                last = trigger.word();
            }
        }
        if (found == null) {
            return Optional.empty();
        }
        TimelineClaim c = base(s, "directness", actors, dates);
        c.setEventType(trigger.kind().type());
        c.setFamily(trigger.kind().family());
        c.setTrigger(trigger.surface());
        c.setTriggerStart(s.getStart() + trigger.start());
        c.setTriggerEnd(s.getStart() + trigger.end());
        c.setDirectness(found);
        int from = Math.min(trigger.start(), words.get(last).start());
        int to = Math.max(trigger.end(), words.get(last).end());
        c.setSpanStart(s.getStart() + from);
        c.setSpanEnd(s.getStart() + to);
        return Optional.of(c);
    }

    /** Whether a bare "direct" agrees in gender with the talk word, i.e. is its adjective, not an adverb. */
    private boolean agrees(Trigger trigger, String direct) {
        boolean masculine = lexicon.isAny(io.triangulate.text.MatchingText.normalize(trigger.surface()), lexicon.masculineTalks);
        if (lexicon.directMasculine.contains(direct) || lexicon.directFeminine.contains(direct)) {
            return masculine ? lexicon.directMasculine.contains(direct) : lexicon.directFeminine.contains(direct);
        }
        return true; // other languages: no gender to check
    }

    private static TimelineClaim base(Sentence s, String kind, List<String> actors, List<String> dates) {
        TimelineClaim c = new TimelineClaim();
        c.setKind(kind);
        c.setArticleId(s.getArticleId());
        c.setOutlet(s.getOutlet());
        c.setPublished(s.getPublished());
        c.setSentenceIndex(s.getIndex());
        c.setSentenceStart(s.getStart());
        c.setSentenceEnd(s.getEnd());
        c.setSentenceText(s.getText());
        c.setActors(new ArrayList<>(actors));
        c.setSentenceDates(new ArrayList<>(dates));
        c.setNumberHigh(-1);
        return c;
    }

    private static List<String> actors(List<Mention> mentions) {
        TreeSet<String> ids = new TreeSet<>();
        for (Mention m : mentions) {
            if (m.getActorId() != null) {
                ids.add(m.getActorId());
            }
        }
        return new ArrayList<>(ids);
    }
}
