package io.triangulate.pipeline;

/** Times the stages of a run into its summary. Spark is lazy, so a lap ends at an action. */
final class Stopwatch {
    private final RunSummary summary;
    private long last = System.nanoTime();

    Stopwatch(RunSummary summary) {
        this.summary = summary;
    }

    void lap(String stage) {
        long now = System.nanoTime();
        summary.stage(stage, Math.round((now - last) / 1e7) / 100.0);
        last = now;
    }
}
