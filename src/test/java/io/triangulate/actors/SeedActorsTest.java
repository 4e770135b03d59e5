package io.triangulate.actors;

import io.triangulate.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every actor a careful reader names in a seed is found there, under each spelling and clitic form the
 * seed prints. Each row: seed, actor id, a surface exactly as printed (clitics included).
 */
class SeedActorsTest {

    private static ActorMatcher matcher;

    @BeforeAll
    static void build() {
        matcher = ActorMatcher.of(ActorDictionary.defaultDictionary());
    }

    static Stream<Arguments> namedActors() {
        return Stream.of(
                // seed 000 (Watan)
                row("seed-000", "USA", "الولايات المتحدة"), row("seed-000", "USA", "أمريكا"),
                row("seed-000", "USA", "الأمريكية"), row("seed-000", "USA", "الأميركي"),
                row("seed-000", "USA", "والأمريكيين"), row("seed-000", "USA", "واشنطن"),
                row("seed-000", "IRN", "إيران"), row("seed-000", "IRN", "لإيران"), row("seed-000", "IRN", "الإيراني"),
                row("seed-000", "IRN", "طهران"), row("seed-000", "IRN", "وطهران"), row("seed-000", "IRN", "وإيران"),
                row("seed-000", "OMN", "سلطنة عمان"), row("seed-000", "OMN", "سلطنة عُمان"), row("seed-000", "OMN", "عُمان"),
                row("seed-000", "OMN", "عمان"),
                row("seed-000", "ag:houthis", "الحوثيين"), row("seed-000", "ag:houthis", "الحوثيون"),
                row("seed-000", "ag:houthis", "للحوثيين"),
                row("seed-000", "person:ali-bagheri-kani", "علي باقري كاني"),
                row("seed-000", "person:brett-mcgurk", "بريت ماكغورك"), row("seed-000", "person:brett-mcgurk", "ماكغورك"),
                row("seed-000", "person:abram-paley", "أبرام بالي"),
                row("seed-000", "person:joe-biden", "بايدن"), row("seed-000", "person:joe-biden", "جو بايدن"),
                row("seed-000", "media:ft", "فايننشال تايمز"), row("seed-000", "media:wsj", "وول ستريت جورنال"),
                row("seed-000", "ag:hezbollah", "حزب الله اللبناني"), row("seed-000", "ag:hamas", "وحماس"),
                row("seed-000", "ISR", "إسرائيل"), row("seed-000", "ISR", "الإسرائيليين"),
                row("seed-000", "org:irgc", "الحرس الثوري الإيراني"),
                row("seed-000", "org:us-state-department", "وزارة الخارجية الأمريكية"),
                row("seed-000", "org:white-house", "البيت الأبيض"),
                row("seed-000", "YEM", "اليمن"), row("seed-000", "YEM", "واليمن"),
                row("seed-000", "IRQ", "العراق"), row("seed-000", "IRQ", "والعراق"),
                row("seed-000", "SYR", "سوريا"), row("seed-000", "SYR", "وسوريا"),
                row("seed-000", "place:gaza", "غزة"), row("seed-000", "place:red-sea", "البحر الأحمر"),
                row("seed-000", "PSE", "للفلسطينيين"), row("seed-000", "JOR", "الأردنية"),
                // seed 001 (unidentified A: calls Israel الاحتلال)
                row("seed-001", "media:axios", "أكسيوس"), row("seed-001", "person:ali-khamenei", "علي خامنئي"),
                row("seed-001", "person:vedant-patel", "فيدانت باتيل"), row("seed-001", "person:vedant-patel", "باتيل"),
                row("seed-001", "place:muscat", "مسقط"), row("seed-001", "ISR", "الاحتلال"),
                row("seed-001", "ISR", "الاحتلال الإسرائيلي"), row("seed-001", "OMN", "عمانيين"),
                row("seed-001", "person:abram-paley", "وأبرام بالي"), row("seed-001", "person:abram-paley", "وبالي"),
                row("seed-001", "person:brett-mcgurk", "ماكغورك"), row("seed-001", "person:joe-biden", "جو بايدن"),
                row("seed-001", "ag:hezbollah", "حزب الله"), row("seed-001", "LBN", "لبنان"),
                row("seed-001", "place:damascus", "بدمشق"), row("seed-001", "org:irgc", "الحرس الثوري الإيراني"),
                row("seed-001", "person:mohammad-reza-zahedi", "محمد رضا زاهدي"), row("seed-001", "GBR", "والمملكة المتحدة"),
                row("seed-001", "media:irib", "التلفزيون الإيراني"), row("seed-001", "IRN", "طهران"),
                row("seed-001", "org:us-state-department", "ووزارة الخارجية الأمريكية"),
                // seed 002 (Al-Dostor)
                row("seed-002", "media:nyt", "نيويورك تايمز"), row("seed-002", "org:pentagon", "للبنتاجون"),
                row("seed-002", "org:crisis-group", "مجموعة الأزمات الدولية"), row("seed-002", "person:ali-vaez", "علي فايز"),
                row("seed-002", "person:sasan-karimi", "ساسان كريمي"), row("seed-002", "place:muscat", "مسقط"),
                row("seed-002", "OMN", "العمانية"), row("seed-002", "OMN", "العُمانيين"), row("seed-002", "OMN", "عمان"),
                row("seed-002", "person:brett-mcgurk", "وبريت ماكغورك"), row("seed-002", "IRN", "بإيران"),
                row("seed-002", "IRN", "إيرانيان"), row("seed-002", "USA", "وأمريكا"), row("seed-002", "USA", "والولايات المتحدة"),
                row("seed-002", "place:gulf-of-aden", "وخليج عدن"), row("seed-002", "RUS", "الروسية"),
                row("seed-002", "place:tehran", "طهران"),
                // seed 003 (unidentified B)
                row("seed-003", "media:ft", "فاينانشال تايمز"), row("seed-003", "ag:houthis", "حركة الحوثي"),
                row("seed-003", "ag:houthis", "جماعة الحوثي"), row("seed-003", "USA", "الولایات المتحدة"),
                row("seed-003", "person:donald-trump", "دونالد ترامب"), row("seed-003", "org:us-treasury", "لوزارة الخزانة الأمريكية"),
                row("seed-003", "org:ofac", "مكتب مراقبة الأصول الأجنبية"), row("seed-003", "ARE", "والإمارات"),
                row("seed-003", "CHN", "والصين"), row("seed-003", "media:sada-elbalad", "صدى البلد"),
                // seed 004 (Levant News)
                row("seed-004", "person:sasan-karimi", "ساسان كريمي"), row("seed-004", "place:muscat", "مسقط"),
                row("seed-004", "person:ali-bagheri-kani", "علي باقري كاني"), row("seed-004", "media:nyt", "نيويورك تايمز"),
                row("seed-004", "media:ft", "فايننشال تايمز"), row("seed-004", "USA", "والأميركي"),
                row("seed-004", "OMN", "سلطنة عمان"), row("seed-004", "OMN", "العمانيين"), row("seed-004", "place:gaza", "غزة"));
    }

    private static Arguments row(String seed, String actorId, String surface) {
        return Arguments.of(seed, actorId, surface);
    }

    @ParameterizedTest(name = "{0}: {2} → {1}")
    @MethodSource("namedActors")
    void findsActorUnderEachPrintedForm(String seed, String actorId, String surface) {
        Article article = Seeds.article(seed);
        assertTrue(article.getText().contains(surface), "test data: " + surface + " is not printed in " + seed);
        List<ActorMatch> matches = matcher.find(article.getText(), article.publicationDate());
        assertTrue(matches.stream().anyMatch(m -> m.actorId().equals(actorId) && m.surface().equals(surface)),
                () -> surface + " not found as " + actorId + " in " + seed + "; found: "
                        + matches.stream().filter(m -> m.surface().contains(surface) || surface.contains(m.surface()))
                        .map(m -> m.surface() + "=" + m.actorId()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedIds")
    void everySpanPointsAtItsSurface(String seed) {
        Article article = Seeds.article(seed);
        for (ActorMatch m : matcher.find(article.getText(), article.publicationDate())) {
            assertTrue(article.getText().substring(m.start(), m.end()).equals(m.surface()), m.toString());
        }
    }

    static Stream<String> seedIds() {
        return Seeds.articles().keySet().stream();
    }
}
