package io.triangulate.ingest;

import io.triangulate.model.DatePrecision;
import io.triangulate.model.RejectReason;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** One .txt file is one article; its metadata comes from the manifest when there is one. */
final class TextRecords {

    /** Outlet of a text file that no manifest describes: kept, but marked as not known. */
    static final String UNKNOWN_OUTLET = "unknown";

    private TextRecords() {
    }

    /** Reads the whole file (up to the record limit) as one article. */
    static ReadOutcome read(Reader in, JsonRecords.Origin origin, IngestLimits limits, Manifest manifest)
            throws IOException {
        Optional<ManifestEntry> entry = manifest.lookup(origin.file());
        String listedId = entry.map(ManifestEntry::getId).orElse(null);
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[16 * 1024];
        int n;
        while ((n = in.read(buf)) > 0) {
            sb.append(buf, 0, n);
            if (sb.length() > limits.maxRecordChars()) {
                return ReadOutcome.rejected(origin.reject(RejectReason.TOO_LARGE, "text file has more than "
                        + limits.maxRecordChars() + " characters (maxRecordChars)", listedId, sb));
            }
        }
        String text = sb.toString();
        if (isBlank(text)) {
            return ReadOutcome.rejected(origin.reject(RejectReason.EMPTY_FILE, "text file holds only whitespace",
                    listedId, text));
        }
        return ReadOutcome.accepted(article(text, origin, entry));
    }

    private static RawArticle article(String text, JsonRecords.Origin origin, Optional<ManifestEntry> entry) {
        RawArticle a = new RawArticle();
        a.setText(text);
        a.setOriginFile(origin.file());
        a.setOriginLine(origin.line());
        a.setEncoding(origin.encoding());
        ManifestEntry m = entry.orElse(null);
        a.setId(m != null && notBlank(m.getId()) ? m.getId().trim() : stableId(origin.file(), origin.line()));
        a.setOutlet(m != null && notBlank(m.getOutlet()) ? m.getOutlet().trim() : UNKNOWN_OUTLET);
        PublishedDates.Parsed date = m == null ? PublishedDates.Parsed.UNKNOWN
                : PublishedDates.parse(m.getPublished(), m.getPublishedPrecision());
        a.setPublished(date.published());
        a.setPublishedPrecision(date.precision() == null ? DatePrecision.UNKNOWN.name() : date.precision().name());
        a.setPublishedTime(date.publishedTime());
        if (m != null) {
            a.setUrl(blankToNull(m.getUrl()));
            a.setTitle(blankToNull(m.getTitle()));
            a.setAuthor(blankToNull(m.getAuthor()));
            a.setLanguageHint(blankToNull(m.getLanguage()));
        }
        return a;
    }

    /** "a-" + 16 hex digits of SHA-256(originFile#originLine): the same input always gets the same id. */
    static String stableId(String originFile, long originLine) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((originFile + "#" + originLine).getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** Blank in the reader's sense: nothing but whitespace, invisible format characters or controls. */
    static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                    && Character.getType(c) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return notBlank(s) ? s.trim() : null;
    }
}
