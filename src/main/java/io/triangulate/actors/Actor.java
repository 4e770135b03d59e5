package io.triangulate.actors;

import java.io.Serializable;
import java.util.List;

/**
 * One entry of the actor dictionary, as written in the JSON resources.
 *
 * @param id         stable identifier ("IRN", "person:ali-bagheri-kani"); the same id in a later file overrides
 * @param name       English display name
 * @param nameAr     Arabic display name
 * @param type       person, organization, country, armed_group, media, place
 * @param aliases    names as printed, Arabic and Latin script, spelling variants included
 * @param demonyms   adjective/demonym stems ("إيراني" covers الإيراني، الإيرانية، الإيرانيين; "Iranian")
 * @param weakAliases short names that are also common words ("فتح"): they count only after the actor
 *                   has been named unambiguously earlier in the same article
 * @param metonymOf  for a capital city: the country it stands for when used as a metonym ("طهران ترفض")
 * @param roles      titles that name this person while they held the office ("ولي ولي العهد", 2015-04-29..2017-06-21)
 */
public record Actor(String id, String name, String nameAr, String type, List<String> aliases, List<String> demonyms,
                    List<String> weakAliases, String metonymOf, List<ActorRole> roles) implements Serializable {

    public static final List<String> TYPES =
            List.of("person", "organization", "country", "armed_group", "media", "place");

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        demonyms = demonyms == null ? List.of() : List.copyOf(demonyms);
        weakAliases = weakAliases == null ? List.of() : List.copyOf(weakAliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean isPerson() {
        return "person".equals(type);
    }
}
