package io.triangulate.actors;

import io.triangulate.model.Article;
import io.triangulate.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CandidateFinderTest {

    private static final List<String> HELD_OUT = List.of("person:sasan-karimi", "person:ali-vaez", "person:vedant-patel",
            "person:mohammad-reza-zahedi");

    /** With four seed persons removed from the dictionary, discovery finds them in the seed text. */
    @Test
    void findsSeedPersonsMissingFromTheDictionary() {
        ActorMatcher matcher = ActorMatcher.of(ActorDictionary.defaultDictionary().without(HELD_OUT));
        CandidateFinder finder = CandidateFinder.withDefaults();
        List<String> found = new ArrayList<>();
        for (Article a : Seeds.articles().values()) {
            List<ActorMatch> known = matcher.find(a.getText(), a.publicationDate());
            for (CandidateSighting c : finder.find(a.getText(), known)) {
                assertEquals(c.surface(), a.getText().substring(c.start(), c.end()));
                found.add(c.surface() + "|" + c.pattern());
            }
        }
        assertTrue(found.contains("ساسان كريمي|speech_verb"), found.toString());
        assertTrue(found.contains("ساسان كريمي|role_title"), found.toString());
        assertTrue(found.contains("علي فايز|speech_verb"), found.toString());
        assertTrue(found.contains("فيدانت باتيل|speech_verb"), found.toString());
        assertTrue(found.contains("محمد رضا زاهدي|role_title"), found.toString());
    }

    @Test
    void dictionaryActorsAndCommonNounsAreNotCandidates() {
        ActorMatcher matcher = ActorMatcher.of(ActorDictionary.defaultDictionary());
        String text = "وقال مسئولون أمريكيون إن إيران طلبت ذلك، وقال علي فايز، مدير شئون إيران. وقال مصدر مطلع إن";
        List<CandidateSighting> c = CandidateFinder.withDefaults().find(text, matcher.find(text, PublicationDate.UNKNOWN));
        assertEquals(List.of(), c);
    }

    @Test
    void englishCapitalisedSequences() {
        String text = "The talks were led by Brett McGurk, said Jane Doyle of the Stimson Center on Monday.";
        ActorMatcher matcher = ActorMatcher.of(ActorDictionary.defaultDictionary());
        List<String> c = CandidateFinder.withDefaults().find(text, matcher.find(text, PublicationDate.UNKNOWN))
                .stream().map(CandidateSighting::surface).toList();
        assertEquals(List.of("Jane Doyle", "Stimson Center"), c);
    }
}
