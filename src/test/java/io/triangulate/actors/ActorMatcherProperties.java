package io.triangulate.actors;

import io.triangulate.model.PublicationDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the text, every reported span lies in it, spells its surface, and spans never overlap. */
class ActorMatcherProperties {

    private static final ActorMatcher MATCHER = ActorMatcher.of(ActorDictionary.defaultDictionary());

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("إيران", "الولايات المتحدة", "عُمان", "عمّان", "طهران", "الحوثيين", "باقري", "علي باقري كاني",
                        "ولي ولي العهد", "الرئيس الأمريكي", "البنتاجون", "الاحتلال", "غزة", "Iran's", "US", "us", "McGurk",
                        "فايننشال تايمز", "مسقط", "الإيرانيات", "حزب الله", "جدة", "جده"),
                Arbitraries.of("و", "ف", "ب", "ل", "لل", "ال", "وال", "ك"),
                Arbitraries.of(" ", "  ", "، ", ". ", "\n", "\"", "“", "ـ", "\u064B", "\u0651", "\u200F", "'s", "-", "1"),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withCharRange('A', 'z').ofMinLength(1).ofMaxLength(5));
        return fragment.list().ofMinSize(1).ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void spansLieInTheTextAndSpellTheSurface(@ForAll("newsLikeText") String text) {
        List<ActorMatch> matches = MATCHER.find(text, PublicationDate.of("2015-07-21", "DAY"));
        int previousEnd = 0;
        for (ActorMatch m : matches) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), m.toString());
            assertEquals(m.surface(), text.substring(m.start(), m.end()));
            assertTrue(m.start() >= previousEnd, "overlap at " + m);
            previousEnd = m.end();
        }
    }
}
