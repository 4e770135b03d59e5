package io.triangulate.actors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The actors the job can name, merged from the default dictionary shipped in
 * {@code triangulate/actors/} and any files the job adds. Files are applied in order; an actor whose
 * id was already defined replaces the earlier entry, so an analyst can correct a default entry.
 */
public final class ActorDictionary implements Serializable {

    static final String RESOURCE_DIR = "triangulate/actors/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final String version;
    private final Map<String, Actor> actors;
    private final List<ContextRule> rules;

    private ActorDictionary(String version, Map<String, Actor> actors, List<ContextRule> rules) {
        this.version = version;
        this.actors = actors;
        this.rules = rules;
    }

    /** The shipped dictionary only. */
    public static ActorDictionary defaultDictionary() {
        return load(List.of());
    }

    /**
     * The shipped dictionary with {@code extraFiles} merged onto it, in order.
     *
     * @param extraFiles file paths or URI strings ("file:/...", "/data/my-actors.json")
     */
    public static ActorDictionary load(List<String> extraFiles) {
        DictionaryIndex index = readResource("dictionary.json", DictionaryIndex.class);
        Map<String, Actor> byId = new LinkedHashMap<>();
        List<ContextRule> rules = new ArrayList<>();
        for (String file : index.files()) {
            merge(file, readResource(file, DictionaryFile.class), byId, rules);
        }
        StringBuilder version = new StringBuilder(index.version());
        for (String extra : extraFiles == null ? List.<String>of() : extraFiles) {
            DictionaryFile file = readFile(extra);
            merge(extra, file, byId, rules);
            version.append('+').append(file.version() == null ? Path.of(pathOf(extra)).getFileName() : file.version());
        }
        checkReferences(byId, rules);
        return new ActorDictionary(version.toString(), byId, List.copyOf(rules));
    }

    /** This dictionary without the given actors (and their rules), e.g. to test name discovery. */
    public ActorDictionary without(Collection<String> ids) {
        Set<String> drop = Set.copyOf(ids);
        Map<String, Actor> kept = new LinkedHashMap<>(actors);
        kept.keySet().removeAll(drop);
        List<ContextRule> keptRules = rules.stream().filter(r -> !drop.contains(r.actor())).toList();
        return new ActorDictionary(version + "-" + String.join("-", drop.stream().sorted().toList()), kept, keptRules);
    }

    /**
     * Java-serialized form, for a Spark broadcast: the session uses Kryo, which cannot write records, so the
     * dictionary travels as bytes and each executor reads it back once ({@link #fromBytes}).
     */
    public byte[] toBytes() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialize the actor dictionary", e);
        }
        return bytes.toByteArray();
    }

    public static ActorDictionary fromBytes(byte[] bytes) {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return (ActorDictionary) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the actor dictionary", e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read the actor dictionary", e);
        }
    }

    public String version() {
        return version;
    }

    /** Actors in dictionary order (file order, then entry order). */
    public Collection<Actor> actors() {
        return actors.values();
    }

    public Actor actor(String id) {
        return actors.get(id);
    }

    public List<ContextRule> contextRules() {
        return rules;
    }

    public int size() {
        return actors.size();
    }

    private static void merge(String source, DictionaryFile file, Map<String, Actor> byId, List<ContextRule> rules) {
        Set<String> seen = new java.util.HashSet<>();
        for (Actor actor : file.actors()) {
            String problem = problemWith(actor);
            if (problem != null) {
                throw new IllegalArgumentException(source + ": actor " + actor.id() + ": " + problem);
            }
            if (!seen.add(actor.id())) {
                throw new IllegalArgumentException(source + ": actor id " + actor.id() + " appears twice");
            }
            byId.remove(actor.id()); // an override moves to the position of the file that defines it last
            byId.put(actor.id(), actor);
        }
        rules.removeIf(r -> seen.contains(r.actor()) && file.contextRules().stream()
                .anyMatch(n -> n.actor().equals(r.actor()) && n.alias().equals(r.alias())));
        rules.addAll(file.contextRules());
    }

    private static String problemWith(Actor a) {
        if (a.id() == null || a.id().isBlank()) {
            return "id is missing";
        }
        if (a.name() == null || a.name().isBlank()) {
            return "name is missing";
        }
        if (!Actor.TYPES.contains(a.type())) {
            return "type must be one of " + Actor.TYPES + ", not " + a.type();
        }
        if (a.aliases().isEmpty() && a.demonyms().isEmpty() && a.roles().isEmpty()) {
            return "no aliases, demonyms or roles: it could never be found";
        }
        return null;
    }

    private static void checkReferences(Map<String, Actor> byId, List<ContextRule> rules) {
        for (Actor a : byId.values()) {
            if (a.metonymOf() != null && !byId.containsKey(a.metonymOf())) {
                throw new IllegalArgumentException("actor " + a.id() + ": metonymOf " + a.metonymOf() + " is not defined");
            }
        }
        for (ContextRule r : rules) {
            if (!byId.containsKey(r.actor())) {
                throw new IllegalArgumentException("context rule for alias " + r.alias() + ": actor " + r.actor()
                        + " is not defined");
            }
        }
    }

    static <T> T readResource(String name, Class<T> type) {
        String path = RESOURCE_DIR + name;
        try (InputStream in = ActorDictionary.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource not found on the classpath: " + path);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }

    private static DictionaryFile readFile(String location) {
        try (InputStream in = Files.newInputStream(Path.of(pathOf(location)))) {
            return JSON.readValue(in, DictionaryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary file " + location, e);
        }
    }

    private static String pathOf(String location) {
        return location.startsWith("file:") ? Path.of(URI.create(location)).toString() : location;
    }

    /** The JSON shape of dictionary.json: a version label and the files that make up the default dictionary. */
    record DictionaryIndex(String version, List<String> files) {
    }
}
