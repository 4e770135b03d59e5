package io.triangulate.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Prepares text for PDFBox, which does no shaping or bidi of its own: Arabic letters are shaped
 * to their joined presentation forms (ICU), lines are wrapped on the logical text, and each line
 * is reordered to visual order (ICU Bidi) just before it is drawn. Harakat are dropped: without
 * mark positioning they would float beside the letters.
 */
final class BidiText {

    /** Arabic combining marks: harakat, superscript alef, Quranic annotation marks. */
    private static final Pattern MARKS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E4\\u06E7\\u06E8\\u06EA-\\u06ED]");
    /** Zero-width characters the fonts do not draw (bidi controls are kept for the reordering). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    /** Bidi controls: they steer the reordering, then {@link Bidi#REMOVE_BIDI_CONTROLS} drops them. */
    private static final Pattern BIDI_CONTROLS = Pattern.compile("[\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

    private static final ArabicShaping SHAPER = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK | ArabicShaping.TEXT_DIRECTION_LOGICAL);

    private final PDFont font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    BidiText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** One paragraph: marks and controls dropped, whitespace runs collapsed, undrawable characters replaced. */
    String clean(String text) {
        String s = INVISIBLE.matcher(MARKS.matcher(text == null ? "" : text).replaceAll("")).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else {
                String stand = STAND_INS.get(cp);
                out.append(stand != null && stand.codePoints().allMatch(this::canDraw) ? stand : "?");
            }
        });
        return out.toString();
    }

    /** Plain stand-ins for symbols the embedded fonts lack (Amiri has no arrows or ≈). */
    private static final java.util.Map<Integer, String> STAND_INS = java.util.Map.of(
            (int) '\u2192', "->", (int) '\u2190', "<-", (int) '\u2248', "~", (int) '\u2264', "<=",
            (int) '\u2265', ">=", (int) '\u2260', "!=", (int) '\u2026', "...", (int) '\u2022', "-");

    /** True when the paragraph's first strong letter is right-to-left (neutral text follows {@code fallbackRtl}). */
    static boolean paragraphRtl(String text, boolean fallbackRtl) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return fallbackRtl;
    }

    /** Width in points of a logical (cleaned) string at the given size, measured on its shaped form. */
    float width(String logical, float size) {
        try {
            return font.getStringWidth(shape(BIDI_CONTROLS.matcher(logical).replaceAll(""))) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot measure text in " + font.getName(), e);
        }
    }

    /** Greedy wrap of a cleaned paragraph into logical lines no wider than {@code maxWidth}. */
    List<String> wrap(String logical, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        float space = width(" ", size);
        for (String word : logical.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float w = width(word, size);
            if (line.length() > 0 && lineWidth + space + w > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            if (w > maxWidth) {
                // a word longer than the line (a URL, say) is cut where it overflows
                for (String piece : splitLong(word, size, maxWidth)) {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                    line.append(piece);
                    lineWidth = width(piece, size);
                }
                continue;
            }
            if (line.length() > 0) {
                line.append(' ');
                lineWidth += space;
            }
            line.append(word);
            lineWidth += w;
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private List<String> splitLong(String word, float size, float maxWidth) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || width(word.substring(start, i + 1), size) > maxWidth) {
                pieces.add(word.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    /** Cuts a cleaned line to {@code maxWidth}, ending in an ellipsis when something was cut. */
    String fit(String logical, float size, float maxWidth) {
        if (width(logical, size) <= maxWidth) {
            return logical;
        }
        int end = logical.length();
        while (end > 0 && width(logical.substring(0, end) + "\u2026", size) > maxWidth) {
            end--;
        }
        return logical.substring(0, end).stripTrailing() + "\u2026";
    }

    /** A logical line in the glyph order to hand to {@code showText}: shaped, then reordered. */
    static String visual(String logicalLine, boolean paragraphRtl) {
        String shaped = shape(logicalLine);
        Bidi bidi = new Bidi(shaped, paragraphRtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    static String shape(String logical) {
        try {
            return SHAPER.shape(logical);
        } catch (ArabicShapingException e) {
            throw new IllegalStateException("Cannot shape Arabic text: " + logical, e);
        }
    }

    /**
     * Keeps an LTR fragment (a date, a time, an id) in one piece inside right-to-left text; without
     * it "2024-06-01" after Arabic words reads as "01-06-2024" (digits after Arabic letters are
     * Arabic numbers to the bidi algorithm, and hyphens do not join those).
     */
    static String isolateLtr(String text) {
        return "\u2066" + text + "\u2069";
    }

    private boolean canDraw(int cp) {
        if (BIDI_CONTROLS.matcher(new String(Character.toChars(cp))).matches()) {
            return true;
        }
        return drawable.computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                // the shaped forms must be drawable too, or showText fails later
                font.encode(shape(new String(Character.toChars(c))));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }
}
