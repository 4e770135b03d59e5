package io.triangulate.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

import java.util.Map;

/**
 * Installs {@link CompilerDirectives} in the driver and in every executor JVM as it starts (a Spark
 * plugin, so a cluster's executors get them without JVM flags). Off with
 * {@code spark.triangulate.compilerDirectives=false}.
 */
public final class JitPlugin implements SparkPlugin {

    static final String ENABLED = "spark.triangulate.compilerDirectives";

    private static void installUnlessOff(SparkConf conf) {
        if (conf.getBoolean(ENABLED, true)) {
            CompilerDirectives.installOnce();
        }
    }

    @Override
    public DriverPlugin driverPlugin() {
        return new DriverPlugin() {
            @Override
            public Map<String, String> init(SparkContext sc, PluginContext ctx) {
                installUnlessOff(sc.conf());
                return Map.of();
            }
        };
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return new ExecutorPlugin() {
            @Override
            public void init(PluginContext ctx, Map<String, String> extraConf) {
                installUnlessOff(ctx.conf());
            }
        };
    }
}
