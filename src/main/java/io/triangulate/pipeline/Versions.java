package io.triangulate.pipeline;

import io.triangulate.cli.VersionProvider;

import java.util.LinkedHashMap;
import java.util.Map;

/** Versions that explain a run's output: the product, its language resources and its runtime. */
final class Versions {
    private Versions() {
    }

    static Map<String, String> all() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("triangulate", VersionProvider.productVersion());
        v.put("furnitureCues", String.valueOf(io.triangulate.clean.FurnitureCues.loadDefault().version()));
        v.put("spark", org.apache.spark.package$.MODULE$.SPARK_VERSION());
        v.put("java", System.getProperty("java.version"));
        return v;
    }
}
