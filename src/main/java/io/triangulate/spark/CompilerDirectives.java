package io.triangulate.spark;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.management.ObjectName;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Keeps the classes Spark generates for each query, and Janino, the compiler that turns them into
 * bytecode, out of the JVM's optimizing compiler (C2); they are still compiled, by the quick compiler (C1).
 *
 * <p>Why: a run is a batch of a few minutes in which Spark generates and Janino compiles new classes
 * for every query, most of which run for seconds. On the Saudi week the C2 compiler spent about 107 s
 * of CPU (a third of the run's CPU, on two cores) and the generated classes were the largest single
 * share of it; their methods are huge and C2 takes long over each (docs/BENCHMARKS.md, "By query, and
 * the JIT compilers"). Kept at C1 they run a little slower per row, which on this job costs far less than the
 * compiling saved. Janino's own methods were the next largest share (UnitCompiler, Parser: about 11 s
 * of the compilations over 100 ms), for a fixed amount of work: the same ~680 classes are compiled
 * whatever the corpus size, and compiling it with C2 cost more than its faster code saved (C2 time 72 s
 * against 57 s with it at C1, docs/BENCHMARKS.md, "No forks, and the compiler's compiler").
 *
 * <p>Installed in-process through HotSpot's DiagnosticCommand MBean (what {@code jcmd
 * Compiler.directives_add} does), so neither bin/triangulate nor spark-submit needs extra JVM flags.
 * On a JVM without that command (not HotSpot) nothing is installed and the run goes on unchanged.
 */
public final class CompilerDirectives {

    private static final Logger LOG = LoggerFactory.getLogger(CompilerDirectives.class);
    static final String RESOURCE = "/triangulate/jvm/compiler-directives.json";
    /** Logged once the directives are in force (the standalone-cluster test looks for it in executor logs). */
    public static final String INSTALLED = "JIT: Spark's generated classes and Janino are compiled by C1 only";
    private static boolean installed;

    private CompilerDirectives() {
    }

    /** Installs the directives once per JVM; true when they are in place. */
    public static synchronized boolean installOnce() {
        if (installed) {
            return true;
        }
        Path file = null;
        try (InputStream in = CompilerDirectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("compiler directives not found on the classpath ({})", RESOURCE);
                return false;
            }
            // the diagnostic command reads a file, not a string
            file = Files.createTempFile("triangulate-compiler-directives", ".json");
            Files.write(file, in.readAllBytes());
            String said = diagnosticCommand("compilerDirectivesAdd", file.toString()).trim();
            installed = said.contains("added");
            if (installed) {
                LOG.info(INSTALLED + " ({})", said);
            } else {
                LOG.warn("compiler directives not installed: {}", said);
            }
            return installed;
        } catch (Exception | LinkageError e) {
            LOG.warn("compiler directives not installed ({}); the run goes on without them", e.toString());
            return false;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file of a few bytes
                }
            }
        }
    }

    /** Runs one of HotSpot's diagnostic commands (as jcmd would) and returns what it printed. */
    static String diagnosticCommand(String operation, String... arguments) throws Exception {
        return String.valueOf(ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                new Object[]{arguments}, new String[]{String[].class.getName()}));
    }
}
