package io.triangulate.config;

import io.triangulate.actors.ActorSettings;
import io.triangulate.coverage.CoverageSettings;
import io.triangulate.timeline.TimelineSettings;
import io.triangulate.ingest.IngestLimits;
import io.triangulate.ingest.InputSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A job definition ({@code jobs/*.json}), read by {@link JobLoader}. Every section but {@code name}
 * and {@code inputs} may be left out and takes its defaults; see {@code jobs/README.md}.
 */
public record JobConfig(
        String name,
        String description,
        List<InputSource> inputs,
        PeriodSpec period,
        List<String> languages,
        OutputSpec output,
        IngestLimits limits,
        CleaningSpec cleaning,
        SparkSpec spark,
        ActorSettings actors,
        CoverageSettings coverage,
        TimelineSettings timeline) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final List<String> LANGUAGES = List.of("ar", "en");

    /** The same job with every absent section replaced by its defaults. */
    public JobConfig withDefaults() {
        return new JobConfig(name, description == null ? "" : description,
                inputs == null ? List.of() : inputs,
                period == null ? PeriodSpec.ALL : period,
                languages == null ? LANGUAGES : languages,
                (output == null ? new OutputSpec(null, null, null, null, null, null) : output).withDefaults(),
                limits == null ? IngestLimits.DEFAULTS : limits,
                (cleaning == null ? new CleaningSpec(null, null, null, null) : cleaning).withDefaults(),
                (spark == null ? new SparkSpec(null, null, null, null) : spark).withDefaults(),
                actors == null ? ActorSettings.defaults() : actors,
                coverage == null ? CoverageSettings.defaults() : coverage,
                timeline == null ? TimelineSettings.defaults() : timeline);
    }

    /** Every problem with this job, each naming its field; empty when the job can run. */
    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("name: required (it names the run's folder)");
        } else if (!SAFE_NAME.matcher(name).matches()) {
            problems.add("name: letters, digits, '.', '_' and '-' only (it becomes a folder name), got '" + name + "'");
        }
        if (inputs == null || inputs.isEmpty()) {
            problems.add("inputs: at least one input is required");
        } else {
            for (int i = 0; i < inputs.size(); i++) {
                InputSource in = inputs.get(i);
                if (in == null) {
                    problems.add("inputs[" + i + "]: must be an object with a 'path'");
                    continue;
                }
                for (String p : in.validate()) {
                    problems.add("inputs[" + i + "]." + p);
                }
            }
        }
        if (period != null) {
            period.validate(problems);
        }
        if (languages != null) {
            for (String l : languages) {
                if (!LANGUAGES.contains(l)) {
                    problems.add("languages: '" + l + "' is not supported (supported: " + LANGUAGES + ")");
                }
            }
        }
        if (output != null) {
            output.validate(problems);
        }
        if (limits != null) {
            for (String p : limits.validate()) {
                problems.add("limits." + p);
            }
        }
        if (cleaning != null) {
            cleaning.validate(problems);
        }
        if (spark != null) {
            spark.validate(problems);
        }
        if (actors != null) {
            problems.addAll(actors.validate());
        }
        if (coverage != null) {
            problems.addAll(coverage.validate());
        }
        if (timeline != null) {
            problems.addAll(timeline.validate());
        }
        return problems;
    }
}
