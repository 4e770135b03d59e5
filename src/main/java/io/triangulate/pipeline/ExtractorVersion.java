package io.triangulate.pipeline;

import io.triangulate.cli.VersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a per-article extractor: the product version plus a digest of the language
 * resources it reads. Editing a dictionary or a word list changes the version, so cached results
 * made with the old resources are not reused.
 */
final class ExtractorVersion {

    private ExtractorVersion() {
    }

    static String of(String name, String... resources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VersionProvider.productVersion().getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
            throw new UncheckedIOException("cannot read the resources of " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
