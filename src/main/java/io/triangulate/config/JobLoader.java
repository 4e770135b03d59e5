package io.triangulate.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.triangulate.ingest.InputSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a job file into a {@link JobConfig}: unknown fields are errors (a typo must not be silently
 * ignored), relative paths resolve against the job file's folder, command-line overrides apply,
 * defaults fill the rest, and the result is validated before anything runs.
 */
public final class JobLoader {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private JobLoader() {
    }

    public static JobConfig load(Path jobFile, JobOverrides overrides) {
        if (!Files.isRegularFile(jobFile)) {
            throw new ConfigException(jobFile.toString(), List.of("job file not found: " + jobFile.toAbsolutePath()));
        }
        JobConfig parsed;
        try {
            parsed = MAPPER.readValue(jobFile.toFile(), JobConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : " (known: " + e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
            throw new ConfigException(jobFile.toString(), List.of(path(e) + ": unknown field" + known));
        } catch (JsonMappingException e) {
            throw new ConfigException(jobFile.toString(), List.of(path(e) + ": " + e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new ConfigException(jobFile.toString(), List.of("not valid JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException("cannot read " + jobFile, e);
        }
        List<String> raw = parsed.validate();
        if (!raw.isEmpty()) {
            throw new ConfigException(jobFile.toString(), raw);
        }
        JobConfig resolved = applyOverrides(resolvePaths(parsed, jobFile.toAbsolutePath().getParent()), overrides)
                .withDefaults();
        List<String> problems = resolved.validate();
        if (!problems.isEmpty()) {
            throw new ConfigException(jobFile.toString(), problems);
        }
        return resolved;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "(top level)" : sb.toString();
    }

    /** Local relative paths in the job file are relative to the job file; URIs are left alone. */
    static String resolve(Path base, String path) {
        if (path == null || isUri(path) || Path.of(path).isAbsolute()) {
            return path;
        }
        return base.resolve(path).normalize().toString();
    }

    private static boolean isUri(String path) {
        int colon = path.indexOf(':');
        return colon > 1 && path.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9+.-]*") && !path.startsWith("\\");
    }

    private static JobConfig resolvePaths(JobConfig c, Path base) {
        List<InputSource> inputs = new ArrayList<>();
        for (InputSource in : c.inputs()) {
            inputs.add(new InputSource(resolve(base, in.path()), in.format(), resolve(base, in.manifest())));
        }
        OutputSpec out = c.output() == null ? new OutputSpec(null, null, null, null, null, null) : c.output();
        out = new OutputSpec(resolve(base, out.root() == null ? "../reports" : out.root()), out.tableFormat(),
                out.reportLanguage(), out.reports(), out.maxSheetRows(),
                out.cache() == null || out.cache().equalsIgnoreCase("none") ? out.cache() : resolve(base, out.cache()));
        return new JobConfig(c.name(), c.description(), inputs, c.period(), c.languages(), out, c.limits(),
                c.cleaning(), c.spark(), c.actors() == null ? null : c.actors().withDictionaries(
                        c.actors().dictionaries().stream().map(d -> resolve(base, d)).toList()),
                c.coverage(), c.timeline());
    }

    private static JobConfig applyOverrides(JobConfig c, JobOverrides o) {
        Path cwd = Path.of("").toAbsolutePath();
        List<InputSource> inputs = c.inputs();
        if (o.inputs() != null && !o.inputs().isEmpty()) {
            inputs = o.inputs().stream().map(p -> new InputSource(resolve(cwd, p), null, null)).toList();
        }
        PeriodSpec period = c.period();
        if (o.week() != null || o.from() != null || o.to() != null) {
            boolean compare = c.period() == null || c.period().comparesWithPrevious();
            period = new PeriodSpec(o.week(), o.from(), o.to(), compare);
        }
        OutputSpec out = c.output();
        out = new OutputSpec(o.outputRoot() != null ? resolve(cwd, o.outputRoot()) : out.root(),
                o.tableFormat() != null ? o.tableFormat() : out.tableFormat(),
                o.reportLanguage() != null ? o.reportLanguage() : out.reportLanguage(), out.reports(),
                out.maxSheetRows(), out.cache());
        SparkSpec spark = c.spark() == null ? new SparkSpec(null, null, null, null) : c.spark();
        if (o.master() != null) {
            spark = new SparkSpec(o.master(), spark.shufflePartitions(), spark.inputPartitions(),
                    spark.concurrentQueries());
        }
        return new JobConfig(c.name(), c.description(), inputs, period, c.languages(), out, c.limits(), c.cleaning(),
                spark, c.actors(), c.coverage(), c.timeline());
    }

    /** The job as run, for run.json. */
    public static String toJson(JobConfig config) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the job as JSON", e);
        }
    }

}
