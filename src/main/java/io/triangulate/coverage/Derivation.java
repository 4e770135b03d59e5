package io.triangulate.coverage;

import io.triangulate.model.PublicationDate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which of two overlapping articles derives from the other.
 *
 * @param derivedFrom id of the original (the article the other one derives from), or null when unknown
 * @param basis       cites_outlet (the other names this article's outlet as its source),
 *                    published_earlier (its latest possible date is before the other's earliest),
 *                    or unknown
 */
public record Derivation(String derivedFrom, String basis) implements java.io.Serializable {

    public static final Derivation UNKNOWN = new Derivation(null, "unknown");

    /**
     * Citation first (an article that names the other's outlet as its source derives from it, whatever
     * the dates say), then publication dates when their ranges do not overlap. Independent pairs have
     * no derivation.
     */
    public static Derivation decide(OverlapRelation relation, String idA, PublicationDate dateA, boolean aCitesB,
                                    String idB, PublicationDate dateB, boolean bCitesA) {
        if (relation == OverlapRelation.INDEPENDENT) {
            return UNKNOWN;
        }
        if (bCitesA && !aCitesB) {
            return new Derivation(idA, "cites_outlet");
        }
        if (aCitesB && !bCitesA) {
            return new Derivation(idB, "cites_outlet");
        }
        if (before(dateA, dateB)) {
            return new Derivation(idA, "published_earlier");
        }
        if (before(dateB, dateA)) {
            return new Derivation(idB, "published_earlier");
        }
        return UNKNOWN;
    }

    /** True when every day x could be published on is before every day y could be. */
    static boolean before(PublicationDate x, PublicationDate y) {
        Optional<LocalDate> xLatest = x == null ? Optional.empty() : x.latest();
        Optional<LocalDate> yEarliest = y == null ? Optional.empty() : y.earliest();
        return xLatest.isPresent() && yEarliest.isPresent() && xLatest.get().isBefore(yEarliest.get());
    }
}
