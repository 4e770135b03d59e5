package io.triangulate.timeline.timex;

import io.triangulate.model.TimeExpression;
import io.triangulate.text.Language;

/** Prints what the tagger finds in the seeds (run by hand while writing the expectations). */
public final class TimexDump {
    public static void main(String[] args) {
        TemporalTagger tagger = TemporalTagger.load();
        if (args.length > 0 && args[0].equals("-t")) {
            io.triangulate.model.PublicationDate pub = io.triangulate.model.PublicationDate.of(args[1].equals("-") ? null : args[1], null);
            for (int k = 3; k < args.length; k++) {
                var sents = SeedArticles.sentences("t", "o", args[k], pub);
                for (TimeExpression e : tagger.tagArticle("t", "o", args[k], sents, pub, Language.fromCode(args[2]))) {
                    System.out.printf("%s | %s %s mod=%s anchor=%s prec=%s cal=%s res=%s%n", e.getSurface(), e.getType(),
                            e.getValue(), e.getMod(), e.getAnchor(), e.getPrecision(), e.getCalendar(), e.isResolved());
                }
                System.out.println("--");
            }
            return;
        }
        for (String id : args) {
            SeedArticles a = SeedArticles.load(id);
            System.out.println("== " + id + " pub=" + a.published());
            for (TimeExpression e : tagger.tagArticle(a.id(), a.outlet(), a.text(), a.sentences(), a.published(), Language.ARABIC)) {
                System.out.printf("%d [%d,%d] %s | %s %s mod=%s anchor=%s prec=%s cal=%s rel=%s res=%s%n", e.getSentenceIndex(),
                        e.getStart(), e.getEnd(), e.getSurface(), e.getType(), e.getValue(), e.getMod(), e.getAnchor(),
                        e.getPrecision(), e.getCalendar(), e.isRelative(), e.isResolved());
            }
        }
    }
}
