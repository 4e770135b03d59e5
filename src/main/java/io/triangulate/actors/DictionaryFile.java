package io.triangulate.actors;

import java.util.List;

/** The JSON shape of one dictionary file: actors and the context rules for their ambiguous aliases. */
public record DictionaryFile(String version, List<Actor> actors, List<ContextRule> contextRules) {
    public DictionaryFile {
        actors = actors == null ? List.of() : actors;
        contextRules = contextRules == null ? List.of() : contextRules;
    }
}
