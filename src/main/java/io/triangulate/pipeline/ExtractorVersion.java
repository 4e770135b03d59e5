package io.triangulate.pipeline;

import io.triangulate.cli.VersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of a per-article extractor: a digest of the product version, the compiled classes of
 * the extractor's package, the language resources it reads and the settings that change its output.
 * Editing a rule, a word list or a dictionary changes the version, so results cached by an older
 * build are never reused; rebuilding unchanged code keeps it (javac output is reproducible).
 */
final class ExtractorVersion {

    private ExtractorVersion() {
    }

    /**
     * @param code      a class of the extractor's package; every class file of that package counts
     * @param settings  the extractor's settings as bytes (empty when it has none)
     * @param resources classpath resources it reads, absolute ("/triangulate/timex/lexicon-ar.json")
     */
    static String of(String name, Class<?> code, byte[] settings, String... resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VersionProvider.productVersion().getBytes(StandardCharsets.UTF_8));
            for (byte[] classFile : packageClasses(code)) {
                sha.update(classFile);
            }
            sha.update(settings);
            for (String resource : resources) {
                try (InputStream in = ExtractorVersion.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource " + resource);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return name + "-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code and resources of " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The class files of {@code code}'s package (not sub-packages), in name order, from a jar or a folder. */
    static List<byte[]> packageClasses(Class<?> code) throws IOException {
        String folder = code.getPackageName().replace('.', '/') + "/";
        URL self = code.getResource(code.getSimpleName() + ".class");
        if (self == null) {
            throw new IllegalStateException("cannot locate the class file of " + code.getName());
        }
        TreeMap<String, byte[]> files = new TreeMap<>();
        if ("jar".equals(self.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) self.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    String n = e.getName();
                    if (n.startsWith(folder) && n.endsWith(".class") && n.indexOf('/', folder.length()) < 0) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(n, in.readAllBytes());
                        }
                    }
                }
            }
        } else if ("file".equals(self.getProtocol())) {
            try (Stream<Path> list = Files.list(Path.of(self.toURI()).getParent())) {
                for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".class")).toList()) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            } catch (URISyntaxException e) {
                throw new IOException("bad class location " + self, e);
            }
        } else {
            throw new IllegalStateException("cannot list the classes of " + code.getPackageName() + " at " + self);
        }
        return new ArrayList<>(files.values());
    }
}
