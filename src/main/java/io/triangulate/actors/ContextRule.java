package io.triangulate.actors;

import java.io.Serializable;
import java.util.List;

/**
 * A condition on one alias of one actor, for names that are ambiguous or also common words.
 * Positive conditions ({@code nearby}, {@code inArticle}, {@code marks}): when any is given, at least
 * one must hold, and a candidate whose positive condition held wins over the alias's other readings
 * (عمان next to "الأردنية" is Amman, not Oman). Negative conditions block the reading.
 *
 * @param alias       the alias as printed (normalized on load)
 * @param actor       actor id the rule is about
 * @param nearby      words that must occur within {@code window} characters (normalized)
 * @param window      characters either side searched for {@code nearby}; default 80
 * @param inArticle   words that must occur somewhere in the article (normalized)
 * @param marks       characters that must occur in the original surface (e.g. shadda in عمّان, ة in جدة)
 * @param notNext     words that, as the next word, block this reading ("مسقط رأسه" is a birthplace)
 * @param notProclitics proclitics that block it ("بحماس" is "with enthusiasm")
 * @param note        why the rule exists
 */
public record ContextRule(String alias, String actor, List<String> nearby, Integer window, List<String> inArticle,
                          List<String> marks, List<String> notNext, List<String> notProclitics, String note)
        implements Serializable {

    public ContextRule {
        nearby = nearby == null ? List.of() : List.copyOf(nearby);
        inArticle = inArticle == null ? List.of() : List.copyOf(inArticle);
        marks = marks == null ? List.of() : List.copyOf(marks);
        notNext = notNext == null ? List.of() : List.copyOf(notNext);
        notProclitics = notProclitics == null ? List.of() : List.copyOf(notProclitics);
        window = window == null ? 80 : window;
    }

    public boolean hasPositiveCondition() {
        return !nearby.isEmpty() || !inArticle.isEmpty() || !marks.isEmpty();
    }
}
