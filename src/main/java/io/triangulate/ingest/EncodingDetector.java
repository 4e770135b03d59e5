package io.triangulate.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.triangulate.model.RejectReason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Decides how a file's bytes are to be decoded, from its first bytes (at most 64 KB). UTF forms are
 * recognised from byte-order marks, NUL-byte patterns and strict UTF-8 decoding; only then is ICU's
 * statistical detector asked, and only an Arabic legacy charset it is confident about is accepted.
 * Anything else is refused rather than decoded into mojibake.
 */
public final class EncodingDetector {

    /** How many leading bytes decide the encoding. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    /** Charsets the pipeline decodes; others (Hebrew, Cyrillic, CJK...) are refused. */
    public static final List<String> SUPPORTED = List.of("UTF-8", "UTF-16LE", "UTF-16BE", "windows-1256",
            "ISO-8859-6");

    /** Share of control characters above which a file is taken for binary data, not text. */
    static final double MAX_CONTROL_RATIO = 0.10;

    /** The outcome: a charset (and how many BOM bytes to skip), or why none could be chosen. */
    public record Detection(Charset charset, int bomLength, RejectReason failure, String message) {
        static Detection of(Charset charset, int bomLength) {
            return new Detection(charset, bomLength, null, null);
        }

        static Detection refuse(RejectReason reason, String message) {
            return new Detection(null, 0, reason, message);
        }

        public boolean ok() {
            return charset != null;
        }
    }

    private EncodingDetector() {
    }

    /**
     * @param sample   the first bytes of the file
     * @param length   how many bytes of {@code sample} are valid
     * @param complete whether the sample is the whole file (then a cut-off character is an error)
     */
    public static Detection detect(byte[] sample, int length, boolean complete, int minConfidence) {
        Detection chosen = choose(sample, length, minConfidence);
        if (!chosen.ok()) {
            return chosen;
        }
        return checkDecodes(chosen, sample, length, complete);
    }

    private static Detection choose(byte[] b, int n, int minConfidence) {
        if (startsWith(b, n, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, n, 0xFF, 0xFE, 0x00, 0x00)) {
            return Detection.refuse(RejectReason.UNDECODABLE, "UTF-32 byte-order mark: UTF-32 is not a supported "
                    + "encoding (supported: " + SUPPORTED + ")");
        }
        if (startsWith(b, n, 0xEF, 0xBB, 0xBF)) {
            return Detection.of(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, n, 0xFE, 0xFF)) {
            return Detection.of(StandardCharsets.UTF_16BE, 2);
        }
        if (startsWith(b, n, 0xFF, 0xFE)) {
            return Detection.of(StandardCharsets.UTF_16LE, 2);
        }
        if (indexOfNul(b, n) >= 0) {
            Charset utf16 = utf16FromNulPattern(b, n);
            return utf16 != null ? Detection.of(utf16, 0)
                    : Detection.refuse(RejectReason.BINARY_FILE, "binary data: NUL bytes outside any UTF-16 pattern");
        }
        if (controlRatio(b, n) > MAX_CONTROL_RATIO) {
            return Detection.refuse(RejectReason.BINARY_FILE, "binary data: more than "
                    + Math.round(MAX_CONTROL_RATIO * 100) + "% control bytes");
        }
        if (decodesStrictly(StandardCharsets.UTF_8, b, 0, n, false)) {
            return Detection.of(StandardCharsets.UTF_8, 0);
        }
        return detectLegacy(b, n, minConfidence);
    }

    /** ICU's best guess for a non-UTF file, accepted only when supported and confident. */
    private static Detection detectLegacy(byte[] b, int n, int minConfidence) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(n == b.length ? b : Arrays.copyOf(b, n));
        CharsetMatch best = detector.detect();
        if (best == null) {
            return Detection.refuse(RejectReason.UNDECODABLE, "not UTF-8 and no encoding could be detected");
        }
        String name = best.getName();
        int confidence = best.getConfidence();
        if (!SUPPORTED.contains(name)) {
            return Detection.refuse(RejectReason.UNDECODABLE, "not UTF-8; detected " + name + " (confidence "
                    + confidence + "), which is not a supported encoding (supported: " + SUPPORTED + ")");
        }
        if (confidence < minConfidence) {
            return Detection.refuse(RejectReason.UNDECODABLE, "not UTF-8; best guess " + name + " at confidence "
                    + confidence + " is below the minimum of " + minConfidence);
        }
        return Detection.of(Charset.forName(name), 0);
    }

    /** The chosen charset must decode the sample strictly and give text, not control characters. */
    private static Detection checkDecodes(Detection chosen, byte[] b, int n, boolean complete) {
        CharBuffer chars = CharBuffer.allocate(n + 16);
        CharsetDecoder decoder = strictDecoder(chosen.charset());
        ByteBuffer in = ByteBuffer.wrap(b, chosen.bomLength(), n - chosen.bomLength());
        CoderResult result = decoder.decode(in, chars, complete);
        if (result.isError() || (complete && decoder.flush(chars).isError())) {
            return Detection.refuse(RejectReason.UNDECODABLE, "bytes at offset " + (in.position())
                    + " are not valid " + chosen.charset().name());
        }
        chars.flip();
        int control = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == 0) {
                return Detection.refuse(RejectReason.BINARY_FILE, "binary data: NUL characters in "
                        + chosen.charset().name() + " text");
            }
            if (isBinaryControl(c)) {
                control++;
            }
        }
        if (chars.length() > 0 && control > MAX_CONTROL_RATIO * chars.length()) {
            return Detection.refuse(RejectReason.BINARY_FILE, "binary data: more than "
                    + Math.round(MAX_CONTROL_RATIO * 100) + "% control characters");
        }
        return chosen;
    }

    /** A decoder that reports malformed and unmappable input instead of replacing it. */
    public static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static boolean decodesStrictly(Charset charset, byte[] b, int from, int n, boolean complete) {
        CharsetDecoder decoder = strictDecoder(charset);
        CharBuffer out = CharBuffer.allocate(n + 16);
        CoderResult r = decoder.decode(ByteBuffer.wrap(b, from, n - from), out, complete);
        return !r.isError() && (!complete || !decoder.flush(out).isError());
    }

    /**
     * UTF-16 without a BOM: text that is partly ASCII (spaces, digits, newlines) has its zero bytes all
     * on one side of each code unit; binary data has them anywhere.
     */
    private static Charset utf16FromNulPattern(byte[] b, int n) {
        int units = n / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i + 1 < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int more = Math.max(evenZeros, oddZeros);
        int fewer = Math.min(evenZeros, oddZeros);
        if (units == 0 || more < 0.05 * units || fewer > more / 20) {
            return null;
        }
        return evenZeros > oddZeros ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    private static double controlRatio(byte[] b, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            if (isBinaryControl((char) (b[i] & 0xFF))) {
                control++;
            }
        }
        return n == 0 ? 0 : (double) control / n;
    }

    /** C0 controls other than the whitespace text files use (tab, newline, form feed, carriage return). */
    private static boolean isBinaryControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
    }

    private static int indexOfNul(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] b, int n, int... prefix) {
        if (n < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
