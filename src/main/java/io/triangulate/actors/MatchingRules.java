package io.triangulate.actors;

import io.triangulate.text.MatchingText;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Word-shape rules for matching actor names in Arabic and English, read from
 * {@code triangulate/actors/matching.json}. All lists are in normalized form (see {@link MatchingText}).
 *
 * @param version              version label of the file
 * @param nameProclitics       clitics allowed before a name without the article (وإيران، لإيران، بإيران)
 * @param articleProclitics    clitics allowed before a name that starts with ال (والولايات، بالبيت)
 * @param contractedProclitics clitics allowed before the ل+ال contraction (وللولايات)
 * @param definiteArticles     article forms allowed before a demonym stem (الإيراني، بالإيرانية، والإيرانيين)
 * @param demonymSuffixes      endings allowed after a demonym stem (ة→ه, ين, ون, ان, تين, تان, ات)
 * @param locativeWords        a capital after one of these is the city itself, not its government ("في طهران")
 * @param locativeProclitics   a capital with one of these clitics is the city ("بدمشق")
 * @param cityWords            words that mark a city reading before or after the name ("العاصمة العمانية مسقط")
 * @param roleBlockers         a title followed by one of these names someone else ("الرئيس الأمريكي السابق")
 * @param roleModifiers        a title after one of these names someone else ("نائب وزير الخارجية الإيراني")
 * @param nameConnectors       patronymic links (بن، عبد، آل): a surname is never derived across one ("بن عبدالعزيز")
 * @param demonymBlockers        a demonym after one of these is a currency or a language, not a country
 *                             ("دولار أمريكي", "اللغة الإسبانية")
 * @param givenNames           tokens never used alone as a surname (محمد، علي، بن)
 */
public record MatchingRules(String version, List<String> nameProclitics, List<String> articleProclitics,
                            List<String> contractedProclitics, List<String> definiteArticles,
                            List<String> demonymSuffixes, List<String> locativeWords, List<String> locativeProclitics,
                            List<String> cityWords, List<String> roleBlockers, List<String> roleModifiers,
                            List<String> nameConnectors, List<String> demonymBlockers, List<String> givenNames)
        implements Serializable {

    public static MatchingRules defaults() {
        return ActorDictionary.readResource("matching.json", MatchingRules.class);
    }

    static Set<String> normalizedSet(List<String> words) {
        return words == null ? Set.of() : words.stream().map(MatchingText::key).collect(Collectors.toUnmodifiableSet());
    }
}
