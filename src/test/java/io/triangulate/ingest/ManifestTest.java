package io.triangulate.ingest;

import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestTest {

    private static Manifest seeds() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("sample-data/seeds/manifest.json"))) {
            return Manifest.read("sample-data/seeds/manifest.json", in);
        }
    }

    @Test
    void looksFilesUpByTheirPathInsideFoldersUrisAndArchives() throws IOException {
        Manifest m = seeds();
        assertEquals(5, m.entries().size());
        assertEquals("seed-002", m.lookup("file:/data/seeds/002_062dd1214ff0e428.txt").orElseThrow().getId());
        assertEquals("seed-002", m.lookup("seeds.zip!/002_062dd1214ff0e428.txt").orElseThrow().getId());
        assertTrue(m.lookup("file:/data/seeds/x002_062dd1214ff0e428.txt").isEmpty());
        assertTrue(m.lookup("manifest.json").isEmpty());
    }

    @Test
    void survivesTheKryoBroadcastToExecutors() throws IOException {
        SerializerInstance kryo = new KryoSerializer(new SparkConf()).newInstance();
        Manifest copy = kryo.deserialize(kryo.serialize(seeds(), scala.reflect.ClassTag$.MODULE$.apply(Manifest.class)),
                scala.reflect.ClassTag$.MODULE$.apply(Manifest.class));
        assertEquals("levant", copy.lookup("004_9c6b4458f80de263.txt").orElseThrow().getOutlet());
    }

    @Test
    void aBrokenManifestFailsNamingItself() {
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> Manifest.read("m.csv",
                new ByteArrayInputStream("file,id\na.txt,1\na.txt,2\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(twice.getMessage().startsWith("m.csv: file 'a.txt' is listed twice"), twice.getMessage());
        IllegalArgumentException noList = assertThrows(IllegalArgumentException.class, () -> Manifest.read("m.json",
                new ByteArrayInputStream("{\"files\":[]}".getBytes(StandardCharsets.UTF_8))));
        assertTrue(noList.getMessage().startsWith("m.json: "), noList.getMessage());
    }
}
