package io.triangulate.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.model.TimeExpression;
import io.triangulate.text.SentenceSegmenter;
import io.triangulate.text.TextSpan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five seed articles as the timeline receives them: sentences from {@link SentenceSegmenter}, and
 * time expressions and actor mentions built by hand, with the values a careful reader gives the
 * printed words (the tagger and actor stages are built elsewhere).
 */
final class SeedFixture {

    static final Path SEEDS = Path.of("sample-data/seeds");

    /** Actor id → printed forms looked for in the seeds (a small hand-made stand-in for the actor stage). */
    private static final Map<String, List<String>> ACTORS = new LinkedHashMap<>();

    static {
        ACTORS.put("usa", List.of("الولايات المتحدة", "واشنطن", "أمريكي", "أمريكا", "الأمريكية", "الأميركي", "أمريكيين", "الأمريكية"));
        ACTORS.put("iran", List.of("إيران", "طهران", "الإيراني", "إيرانيين", "إيرانيان"));
        ACTORS.put("oman", List.of("عمان", "عُمان", "مسقط", "العمانية", "العمانيون", "العُمانيين", "عمانيين"));
        ACTORS.put("houthis", List.of("الحوثي"));
        ACTORS.put("israel", List.of("إسرائيل", "الاحتلال", "الإسرائيلي"));
        ACTORS.put("iraq", List.of("العراق", "العراقية"));
        ACTORS.put("syria", List.of("سوريا", "السورية"));
    }

    record Seed(String id, String outlet, String published, String precision, String text, List<Sentence> sentences) {
    }

    final Map<String, Seed> seeds = new LinkedHashMap<>();
    final List<TimeExpression> timexes = new ArrayList<>();

    SeedFixture() {
        try {
            JsonNode manifest = new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile());
            for (JsonNode a : manifest.path("articles")) {
                String text = Files.readString(SEEDS.resolve(a.path("file").asText()), StandardCharsets.UTF_8);
                String id = a.path("id").asText();
                String published = a.path("published").isNull() ? null : a.path("published").asText();
                String precision = a.path("publishedPrecision").asText();
                List<Sentence> sentences = new ArrayList<>();
                List<TextSpan> spans = new SentenceSegmenter().split(text);
                for (int i = 0; i < spans.size(); i++) {
                    TextSpan s = spans.get(i);
                    sentences.add(new Sentence(id, a.path("outlet").asText(), published, precision, "ar", i,
                            s.start(), s.end(), s.of(text)));
                }
                seeds.put(id, new Seed(id, a.path("outlet").asText(), published, precision, text, sentences));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tagTimes();
    }

    /** Each time expression of the seeds that matters to the story, valued as a careful reader would. */
    private void tagTimes() {
        timex("seed-000", "هذا العام", 1, "DATE", "2024", null);
        timex("seed-000", "يناير", 1, "DATE", "2024-01", null);
        timex("seed-000", "منذ عشرة أشهر", 1, "DURATION", "P10M", null);
        timex("seed-000", "في فبراير", 1, "DATE", "2024-02", null);
        timex("seed-000", "في مايو الماضي", 1, "DATE", "2023-05", null);
        timex("seed-000", "أكتوبر", 1, "DATE", "2023-10", null);
        timex("seed-000", "الثاني من فبراير/شباط", 1, "DATE", "2024-02-02", null);
        timex("seed-000", "الرابع من فبراير", 1, "DATE", "2024-02-04", null);
        timex("seed-001", "بعد شهر", 1, "DURATION", "P1M", null);
        timex("seed-001", "مساء الجمعة", 1, "TIME", "2024-05-17TEV", null);
        timex("seed-001", "هذا الأسبوع", 1, "DATE", "2024-W20", null);
        timex("seed-001", "يناير/كانون الثاني الماضي", 1, "DATE", "2024-01", null);
        timex("seed-001", "يوم الثلاثاء الماضي", 1, "DATE", "2024-05-14", null);
        timex("seed-001", "الاثنين الماضي", 1, "DATE", "2024-05-13", null);
        timex("seed-001", "نهاية عام 2003", 1, "DATE", "2003", "END");
        timex("seed-001", "أكثر من شهر", 1, "DURATION", "P1M", "MORE_THAN");
        timex("seed-001", "13 أبريل/نيسان الماضي", 1, "DATE", "2024-04-13", null);
        timex("seed-002", "يناير الماضي", 1, "DATE", "2024-01", null);
        timex("seed-002", "10 يناير الماضي", 1, "DATE", "2024-01-10", null);
        timex("seed-002", "منذ ما يقرب من ثمانية أشهر", 1, "DURATION", "P8M", "APPROX");
        timex("seed-002", "في يناير", 2, "DATE", "2024-01", null);
        timex("seed-002", "11 يناير الماضي", 1, "DATE", "2024-01-11", null);
        timex("seed-002", "أوائل فبراير", 1, "DATE", "2024-02", "START");
        timex("seed-002", "في يناير", 3, "DATE", "2024-01", null);
        timex("seed-002", "19 نوفمبر", 1, "DATE", "2023-11-19", null);
        timex("seed-002", "14 مارس الجاري", 1, "DATE", "2024-03-14", null);
        timex("seed-003", "في يناير", 1, "DATE", "XXXX-01", null);
        timex("seed-003", "منذ 10 أشهر", 1, "DURATION", "P10M", null);
        timex("seed-003", "4 فبراير2025", 1, "DATE", "2025-02-04", null);
        timex("seed-004", "يناير من العام الماضي", 1, "DATE", "2024-01", null);
        timex("seed-004", "العاشر من يناير", 1, "DATE", "2024-01-10", null);
        timex("seed-004", "منذ نحو ثمانية أشهر", 1, "DURATION", "P8M", "APPROX");
    }

    /** The {@code nth} printed occurrence of {@code surface} in the seed, valued by hand. */
    TimeExpression timex(String id, String surface, int nth, String type, String value, String mod) {
        Seed seed = seeds.get(id);
        int at = -1;
        for (int k = 0; k < nth; k++) {
            at = seed.text().indexOf(surface, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(id + " has no occurrence " + nth + " of " + surface);
            }
        }
        TimeExpression t = new TimeExpression();
        t.setArticleId(id);
        t.setOutlet(seed.outlet());
        t.setSentenceIndex(sentenceAt(seed, at).getIndex());
        t.setStart(at);
        t.setEnd(at + surface.length());
        t.setSurface(surface);
        t.setType(type);
        t.setValue(value);
        t.setMod(mod);
        t.setResolved(!value.startsWith("X"));
        t.setPrecision(type.equals("DURATION") ? value.substring(value.length() - 1) : null);
        t.setCalendar("gregorian");
        timexes.add(t);
        return t;
    }

    static Sentence sentenceAt(Seed seed, int offset) {
        return seed.sentences().stream().filter(s -> s.getStart() <= offset && offset < s.getEnd()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("offset " + offset + " outside every sentence"));
    }

    /** Every printed form of the hand-made actor list, as mentions (nested forms are fine here). */
    List<Mention> mentions() {
        List<Mention> out = new ArrayList<>();
        for (Seed seed : seeds.values()) {
            for (Map.Entry<String, List<String>> actor : ACTORS.entrySet()) {
                for (String form : actor.getValue()) {
                    for (int at = seed.text().indexOf(form); at >= 0; at = seed.text().indexOf(form, at + 1)) {
                        Mention m = new Mention();
                        m.setArticleId(seed.id());
                        m.setOutlet(seed.outlet());
                        m.setPublished(seed.published());
                        m.setSentenceIndex(sentenceAt(seed, at).getIndex());
                        m.setStart(at);
                        m.setEnd(at + form.length());
                        m.setSurface(form);
                        m.setActorId(actor.getKey());
                        m.setActorType("country");
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    List<Sentence> sentences() {
        return seeds.values().stream().flatMap(s -> s.sentences().stream()).toList();
    }

    List<TimeExpression> timexesOf(String id) {
        return timexes.stream().filter(t -> t.getArticleId().equals(id)).toList();
    }

    /** All claims of all seeds, each article through {@link ClaimExtractor#extractArticle}. */
    List<TimelineClaim> claims(TimelineSettings settings, String storyId) {
        ClaimExtractor extractor = new ClaimExtractor(TimelineLexicon.shared(), settings);
        List<Mention> mentions = mentions();
        List<TimelineClaim> out = new ArrayList<>();
        for (Seed seed : seeds.values()) {
            List<Mention> own = mentions.stream().filter(m -> m.getArticleId().equals(seed.id())).toList();
            for (TimelineClaim c : extractor.extractArticle(seed.sentences(), timexesOf(seed.id()), own)) {
                c.setStoryId(storyId);
                out.add(c);
            }
        }
        return out;
    }
}
