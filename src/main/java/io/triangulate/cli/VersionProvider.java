package io.triangulate.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, and the Java and Spark it runs on. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"triangulate " + productVersion(), "java " + System.getProperty("java.version"),
            "spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION()};
    }

    public static String productVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
