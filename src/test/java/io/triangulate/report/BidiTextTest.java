package io.triangulate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BidiTextTest {

    static PDDocument document;
    static BidiText text;

    @BeforeAll
    static void font() throws IOException {
        document = new PDDocument();
        try (InputStream in = BidiTextTest.class.getResourceAsStream("/triangulate/fonts/Amiri-Regular.ttf")) {
            text = new BidiText(PDType0Font.load(document, in, true));
        }
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @Test
    void symbolsTheFontLacksGetPlainStandInsNotQuestionMarks() {
        assertEquals("2023-05 -> 2024-01-10 ~ 7.4-8.3 months", text.clean("2023-05 \u2192 2024-01-10 \u2248 7.4-8.3 months"));
    }

    @Test
    void arabicIsShapedAndReversedForDrawing() {
        String visual = BidiText.visual("بريت ماكغورك", true);
        // presentation forms (joined letters), drawn right to left: the last word comes first
        assertTrue(visual.chars().allMatch(c -> c == ' ' || (c >= 0xFE70 && c <= 0xFEFF)), visual);
        String back = Normalizer.normalize(new StringBuilder(visual).reverse().toString(), Normalizer.Form.NFKC);
        assertEquals("بريت ماكغورك", back);
    }

    @Test
    void digitsAndLatinKeepTheirOrderInsideArabic() {
        String visual = BidiText.visual("منذ 10 أشهر (Financial Times)", true);
        assertTrue(visual.contains("10"), visual);
        assertTrue(visual.contains("(Financial Times)"), visual);
        assertTrue(visual.indexOf("(Financial Times)") < visual.indexOf("10"), "the Latin comes last, so leftmost: " + visual);
    }

    @Test
    void isolatedDatesStayInOnePiece() {
        assertTrue(BidiText.visual("أنشئ في 2024-06-01", true).contains("01-06-2024"), "the bidi algorithm splits it unisolated");
        String visual = BidiText.visual("أنشئ في " + BidiText.isolateLtr("2024-06-01"), true);
        assertTrue(visual.contains("2024-06-01"), visual);
        assertFalse(visual.contains("\u2066"));
    }

    @Test
    void harakatAndZeroWidthCharactersAreDropped() {
        assertEquals("عمان بايدن", text.clean("عُمان\u200B  بايدن\u0651"));
    }

    @Test
    void wrappedLinesFitAndKeepEveryWord() {
        String sentence = text.clean(BriefFixture.evidence("E2", 2, "منذ ما يقرب من ثمانية أشهر").sentenceText());
        List<String> lines = text.wrap(sentence, 10, 150);
        assertTrue(lines.size() > 2);
        for (String line : lines) {
            assertTrue(text.width(line, 10) <= 150, line);
        }
        assertEquals(sentence, String.join(" ", lines));
    }

    @Test
    void fitCutsWithAnEllipsis() {
        String fitted = text.fit("unidentified-b outlet with a long name", 8, 50);
        assertTrue(fitted.endsWith("\u2026"), fitted);
        assertTrue(text.width(fitted, 8) <= 50);
    }
}
