package io.triangulate.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triangulate.clean.ArticleCleaner;
import io.triangulate.clean.CleanedText;
import io.triangulate.model.Article;
import io.triangulate.model.Mention;
import io.triangulate.model.Sentence;
import io.triangulate.text.MatchingText;
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
 * The five seed articles as the coverage stage receives them: cleaned by the real cleaner, metadata
 * from the manifest, sentences from the real segmenter, and actor mentions found by a tiny dictionary
 * of the actors these five texts name (the real actor matcher is another stage).
 */
public final class SeedCorpus {

    private static final Path SEEDS = Path.of("sample-data/seeds");

    /** surface → {actorId, actorType, actorName}; every surface as printed in a seed. */
    static final Map<String, String[]> ACTORS = new LinkedHashMap<>();

    static {
        media("فايننشال تايمز", "financial-times", "Financial Times");
        media("فاينانشال تايمز", "financial-times", "Financial Times");
        media("نيويورك تايمز", "new-york-times", "The New York Times");
        media("أكسيوس", "axios", "Axios");
        media("وول ستريت جورنال", "wall-street-journal", "The Wall Street Journal");
        actor("البنتاجون", "pentagon", "organization", "Pentagon");
        actor("البيت الأبيض", "white-house", "organization", "White House");
        actor("مجموعة الأزمات الدولية", "international-crisis-group", "organization", "International Crisis Group");
        actor("الحوثيين", "houthis", "armed_group", "Houthis");
        actor("الحوثي", "houthis", "armed_group", "Houthis");
        actor("حزب الله", "hezbollah", "armed_group", "Hezbollah");
        actor("حماس", "hamas", "armed_group", "Hamas");
        actor("ماكغورك", "brett-mcgurk", "person", "Brett McGurk");
        actor("باقري كاني", "ali-bagheri-kani", "person", "Ali Bagheri Kani");
        actor("أبرام بالي", "abram-paley", "person", "Abram Paley");
        actor("بالي", "abram-paley", "person", "Abram Paley");
        actor("بايدن", "joe-biden", "person", "Joe Biden");
        actor("ساسان كريمي", "sasan-karimi", "person", "Sasan Karimi");
        actor("علي فايز", "ali-vaez", "person", "Ali Vaez");
        actor("باتيل", "vedant-patel", "person", "Vedant Patel");
        actor("خامنئي", "ali-khamenei", "person", "Ali Khamenei");
        actor("إيران", "iran", "country", "Iran");
        actor("طهران", "iran", "country", "Iran");
        actor("الولايات المتحدة", "united-states", "country", "United States");
        actor("واشنطن", "united-states", "country", "United States");
        actor("أمريكا", "united-states", "country", "United States");
        actor("سلطنة عمان", "oman", "country", "Oman");
        actor("عمان", "oman", "country", "Oman");
        actor("إسرائيل", "israel", "country", "Israel");
        actor("اليمن", "yemen", "country", "Yemen");
        actor("العراق", "iraq", "country", "Iraq");
        actor("سوريا", "syria", "country", "Syria");
        actor("مسقط", "muscat", "place", "Muscat");
        actor("غزة", "gaza", "place", "Gaza");
    }

    private SeedCorpus() {
    }

    private static void media(String surface, String id, String name) {
        actor(surface, id, "media", name);
    }

    private static void actor(String surface, String id, String type, String name) {
        ACTORS.put(surface, new String[]{id, type, name});
    }

    public static List<Article> articles() {
        try {
            JsonNode manifest = new ObjectMapper().readTree(SEEDS.resolve("manifest.json").toFile());
            ArticleCleaner cleaner = ArticleCleaner.withDefaultCues();
            List<Article> out = new ArrayList<>();
            for (JsonNode m : manifest.get("articles")) {
                String raw = Files.readString(SEEDS.resolve(m.get("file").asText()), StandardCharsets.UTF_8);
                CleanedText c = cleaner.clean(raw, true, java.util.Set.of());
                Article a = new Article();
                a.setId(m.get("id").asText());
                a.setOutlet(m.get("outlet").asText());
                a.setLanguage(m.get("language").asText());
                a.setPublished(m.get("published").isNull() ? null : m.get("published").asText());
                a.setPublishedPrecision(m.get("publishedPrecision").asText());
                a.setTitle(c.title());
                a.setText(c.text());
                a.setCitedSources(new ArrayList<>(c.citedSources()));
                a.setOriginFile(m.get("file").asText());
                out.add(a);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seeds", e);
        }
    }

    public static Article article(String id) {
        return articles().stream().filter(a -> a.getId().equals(id)).findFirst().orElseThrow();
    }

    public static List<Sentence> sentences(Article a) {
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        for (TextSpan span : new SentenceSegmenter().split(a.getText())) {
            out.add(new Sentence(a.getId(), a.getOutlet(), a.getPublished(), a.getPublishedPrecision(),
                    a.getLanguage(), i++, span.start(), span.end(), span.of(a.getText())));
        }
        return out;
    }

    public static List<Sentence> sentences(List<Article> articles) {
        return articles.stream().flatMap(a -> sentences(a).stream()).toList();
    }

    /** Every dictionary surface found as a whole word (Arabic proclitics و ف ب ل ك allowed before it). */
    public static List<Mention> mentions(Article a) {
        MatchingText mt = MatchingText.of(a.getText());
        String norm = mt.text();
        List<Sentence> sentences = sentences(a);
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[norm.length()];
        List<String> surfaces = new ArrayList<>(ACTORS.keySet());
        surfaces.sort((x, y) -> y.length() - x.length()); // longest first: "سلطنة عمان" before "عمان"
        for (String surface : surfaces) {
            String key = MatchingText.normalize(surface);
            for (int at = norm.indexOf(key); at >= 0; at = norm.indexOf(key, at + 1)) {
                int end = at + key.length();
                if (!wordStart(norm, at) || (end < norm.length() && Character.isLetter(norm.charAt(end)))
                        || taken[at]) {
                    continue;
                }
                java.util.Arrays.fill(taken, at, end, true);
                out.add(mention(a, mt, at, end, ACTORS.get(surface), sentences));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Mention::getStart));
        return out;
    }

    public static List<Mention> mentions(List<Article> articles) {
        return articles.stream().flatMap(a -> mentions(a).stream()).toList();
    }

    private static boolean wordStart(String norm, int at) {
        int i = at;
        int clitics = 0;
        while (i > 0 && Character.isLetter(norm.charAt(i - 1))) {
            if ("وفبلك".indexOf(norm.charAt(i - 1)) < 0 || ++clitics > 2) {
                return false;
            }
            i--;
        }
        return true;
    }

    private static Mention mention(Article a, MatchingText mt, int at, int end, String[] actor, List<Sentence> sentences) {
        Mention m = new Mention();
        m.setArticleId(a.getId());
        m.setOutlet(a.getOutlet());
        m.setPublished(a.getPublished());
        m.setStart(mt.originalStart(at));
        m.setEnd(mt.originalEnd(end));
        m.setSurface(a.getText().substring(m.getStart(), m.getEnd()));
        m.setActorId(actor[0]);
        m.setActorType(actor[1]);
        m.setActorName(actor[2]);
        m.setResolution("alias");
        m.setSentenceIndex(sentences.stream().filter(s -> s.getStart() <= m.getStart() && m.getStart() < s.getEnd())
                .mapToInt(Sentence::getIndex).findFirst().orElse(-1));
        return m;
    }
}
