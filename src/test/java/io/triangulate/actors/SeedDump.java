package io.triangulate.actors;

import io.triangulate.model.Article;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Prints every match on the seeds, for reading by hand (run explicitly: -Dtest=SeedDump). */
@Tag("manual")
class SeedDump {
    @Test
    void dump() {
        ActorMatcher m = ActorMatcher.of(ActorDictionary.defaultDictionary());
        for (Article a : Seeds.articles().values()) {
            System.out.println("=== " + a.getId());
            for (ActorMatch x : m.find(a.getText(), a.publicationDate())) {
                System.out.println(x.surface() + "\t" + x.actorId() + "\t" + x.resolution());
            }
        }
    }
}
