package io.triangulate.clean;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cleaner on the five real seed pages: bodies kept, furniture gone. */
class ArticleCleanerSeedsTest {

    private static final Path SEEDS = Path.of("sample-data/seeds");
    private final ArticleCleaner cleaner = ArticleCleaner.withDefaultCues();

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    private CleanedText clean(String prefix) throws IOException {
        return cleaner.clean(seed(prefix), true, Set.of());
    }

    @Test
    void watanKeepsBodyAcrossTheReadAlsoLinkAndDropsTheShareBox() throws IOException {
        CleanedText c = clean("000_");
        assertEquals("فايننشال تايمز: أمريكا تجري محادثات سرية مع إيران في سلطنة عُمان", c.title());
        assertFalse(c.text().contains("شارك الموضوع"));
        assertFalse(c.text().contains("اقرأ أيضا"));
        assertFalse(c.text().contains("وول ستريت جورنال تزعم"), "the read-also headline is a link, not body");
        assertTrue(c.text().startsWith("وطن – كشفت صحيفة"));
        assertTrue(c.text().contains("وجاء ذلك بعد تعهد الرئيس الأمريكي جو بايدن بمحاسبة المسؤولين عن الهجوم."),
                "body after the read-also link is kept");
        assertTrue(c.text().endsWith("للحد من أنشطتها."));
    }

    @Test
    void captionIsDroppedAndHeadlineBecomesTitle() throws IOException {
        CleanedText c = clean("001_");
        assertEquals("أكسيوس يكشف تفاصيل مباحثات سرية جرت بين أمريكا وإيران في عُمان", c.title());
        assertFalse(c.text().contains("رقعة شطرنج"));
        assertTrue(c.text().contains("أفاد موقع أكسيوس مساء الجمعة"));
        assertTrue(c.text().endsWith("أهدافها المحددة."));
    }

    @Test
    void doubledMastheadAndImageCaptionsAreGone() throws IOException {
        CleanedText c = clean("002_");
        assertFalse(c.text().contains("محمد الباز"));
        assertFalse(c.text().contains("رئيس مجلسى الإدارة"));
        assertFalse(c.text().contains("استهداف السفن في\n"));
        assertEquals("عبر القنوات الخلفية.. الولايات المتحدة تروض إيران بسبب اشتعال الشرق الأوسط", c.title());
        assertTrue(c.text().startsWith("أجرت إيران والولايات المتحدة محادثات سرية"));
        assertTrue(c.text().contains("كواليس الاجتماع السري بين إيران وأمريكا في عمان"), "subheads are body");
        assertTrue(c.text().endsWith("أن تستخدم نفوذها مع الميليشيات\"."));
    }

    @Test
    void appendedUnrelatedArticleAndRelatedListAreGoneAndFooterBecomesACitedSource() throws IOException {
        CleanedText c = clean("003_");
        assertEquals(List.of("صدى البلد"), c.citedSources());
        assertNull(c.title(), "the first line is a body sentence, not a headline");
        assertTrue(c.text().startsWith("أجرت الولايات المتحدة محادثات سرية مع إيران"));
        assertTrue(c.text().endsWith("وتعزيز الاستقرار في المنطقة."));
        assertFalse(c.text().contains("ترامب"), "the appended Trump-era sanctions article is not this body");
        assertFalse(c.text().contains("مقالات مشابهة"));
        assertFalse(c.text().contains("كلمات دلالية"));
        assertFalse(c.text().contains("المصدر"));
    }

    @Test
    void levantSignatureAndNewsletterBoxAreGone() throws IOException {
        CleanedText c = clean("004_");
        assertEquals("الدبلوماسية في الظل: محادثات عمان السرية بين الولايات المتحدة وإيران", c.title());
        assertFalse(c.text().contains("اقرأ أيضاً"));
        assertFalse(c.text().contains("النشرة الإخبارية"));
        assertFalse(c.text().contains("قد تحب أيضا"));
        assertFalse(c.text().contains("ليفانت-وكالات"));
        assertTrue(c.text().endsWith("بين القوى الإقليمية والدولية."));
    }

    @Test
    void everyKeptCharacterMapsBackToTheSameCharacterInTheInput() throws IOException {
        for (String prefix : List.of("000_", "001_", "002_", "003_", "004_")) {
            String raw = seed(prefix);
            CleanedText c = cleaner.clean(raw, true, Set.of());
            int[] spans = c.sourceSpans();
            for (int i = 0; i < spans.length; i += 3) {
                String cleanPart = c.text().substring(spans[i], spans[i] + spans[i + 2]);
                String rawPart = raw.substring(spans[i + 1], spans[i + 1] + spans[i + 2]);
                assertEquals(rawPart, cleanPart);
            }
            assertTrue(c.furnitureChars() >= 0);
        }
    }

    @Test
    void learnedOutletBoilerplateIsRemoved() {
        String raw = "عين اليوم – الرياض\nأعلنت الوزارة اليوم عن خطة جديدة للنقل.\nللتواصل مع الكاتب ارسل رسالة SMS";
        CleanedText c = cleaner.clean(raw, false, Set.of(ArticleCleaner.lineKey("عين اليوم – الرياض")));
        assertEquals("أعلنت الوزارة اليوم عن خطة جديدة للنقل.", c.text());
    }
}
