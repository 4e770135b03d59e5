package io.triangulate.clean;

import io.triangulate.config.Period;
import io.triangulate.ingest.RawArticle;
import io.triangulate.model.Article;
import io.triangulate.model.PublicationDate;
import io.triangulate.model.Reject;
import io.triangulate.model.RejectReason;
import io.triangulate.text.Language;
import io.triangulate.text.LanguageIdentifier;
import io.triangulate.text.MatchingText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a raw record into an article: cleans the body, identifies the language, hashes the
 * normalized text for duplicate detection, and places the article in the reported period (or the
 * previous one, for comparison). Pure Java: the Spark stage only calls {@link #build}.
 */
public final class ArticleBuilder implements java.io.Serializable {

    private final ArticleCleaner cleaner;
    private final Period period;
    private final Period previous;

    public ArticleBuilder(ArticleCleaner cleaner, Period period, Optional<Period> previous) {
        this.cleaner = cleaner;
        this.period = period;
        this.previous = previous.orElse(null);
    }

    public CleaningOutcome build(RawArticle raw, Set<String> outletBoilerplate) {
        boolean plainText = raw.getTitle() == null;
        CleanedText cleaned = cleaner.clean(raw.getText(), plainText, outletBoilerplate);
        if (cleaned.text().isBlank()) {
            return CleaningOutcome.rejected(reject(raw, RejectReason.NO_BODY_AFTER_CLEANING,
                    "nothing but page furniture: " + cleaned.removed()));
        }
        PublicationDate date = PublicationDate.of(raw.getPublished(), raw.getPublishedPrecision());
        String periodLabel = periodOf(date);
        if (periodLabel == null) {
            return CleaningOutcome.rejected(reject(raw, RejectReason.OUT_OF_PERIOD,
                    "published " + date.value() + ", outside " + period.label()
                            + (previous == null ? "" : " and " + previous.label())));
        }
        Article a = new Article();
        a.setId(raw.getId());
        a.setOutlet(raw.getOutlet());
        a.setUrl(raw.getUrl());
        a.setTitle(raw.getTitle() != null ? raw.getTitle() : cleaned.title());
        a.setText(cleaned.text());
        a.setLanguage(language(raw.getLanguageHint(), cleaned.text()));
        a.setPublished(date.value());
        a.setPublishedPrecision(date.precision().name());
        a.setPeriod(periodLabel);
        a.setOriginFile(raw.getOriginFile());
        a.setOriginLine(raw.getOriginLine());
        a.setContentHash(contentHash(cleaned.text()));
        a.setCitedSources(cleaned.citedSources());
        a.setSourceSpans(cleaned.sourceSpans());
        a.setFurnitureChars(cleaned.furnitureChars());
        return CleaningOutcome.accepted(a);
    }

    /**
     * Undated articles stay in the reported period: dropping them would lose evidence, and the
     * timeline marks their relative dates unresolved anyway.
     */
    private String periodOf(PublicationDate date) {
        if (period.isOpen() || !date.isKnown()) {
            return period.label();
        }
        LocalDate earliest = date.earliest().orElseThrow();
        LocalDate latest = date.latest().orElseThrow();
        if (period.contains(earliest, latest)) {
            return period.label();
        }
        if (previous != null && previous.contains(earliest, latest)) {
            return previous.label();
        }
        return null;
    }

    private static String language(String hint, String text) {
        if (hint != null) {
            Language l = Language.fromCode(hint);
            if (l != Language.OTHER || "other".equalsIgnoreCase(hint.trim())) {
                return l.code();
            }
        }
        return LanguageIdentifier.identify(text).code();
    }

    /** SHA-256 of the normalized text with white space collapsed: equal for copies that differ only in spelling marks. */
    public static String contentHash(String text) {
        String key = MatchingText.key(text);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Reject reject(RawArticle raw, RejectReason reason, String message) {
        String text = raw.getText() == null ? "" : raw.getText();
        return new Reject(reason, message, raw.getOriginFile(), raw.getOriginLine(), raw.getId(),
                text.substring(0, Math.min(200, text.length())));
    }
}
