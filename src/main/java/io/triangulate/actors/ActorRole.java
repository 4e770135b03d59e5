package io.triangulate.actors;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A title that names one person during a term of office. A title mention resolves only when the
 * article's whole publication period (a year, a month or a day) lies inside [from, to]: a year-precision
 * article from the year a term changed is left unresolved rather than guessed.
 *
 * @param titles     the title as printed ("الرئيس الأمريكي", "ولي ولي العهد")
 * @param from       first day in office (ISO), null = open
 * @param to         last day in office (ISO), null = still in office
 * @param articleCues for titles that do not name their country ("ولي العهد"): words that must appear in the
 *                   article (e.g. "السعودية"); empty = none needed
 */
public record ActorRole(List<String> titles, String from, String to, List<String> articleCues) implements Serializable {

    public ActorRole {
        titles = titles == null ? List.of() : List.copyOf(titles);
        articleCues = articleCues == null ? List.of() : List.copyOf(articleCues);
    }

    /** True when every day from {@code earliest} to {@code latest} lies in the term. */
    public boolean covers(LocalDate earliest, LocalDate latest) {
        if (from != null && earliest.isBefore(LocalDate.parse(from))) {
            return false;
        }
        return to == null || !latest.isAfter(LocalDate.parse(to));
    }
}
