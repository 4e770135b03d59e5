package io.triangulate.spark;

import io.triangulate.testing.LocalSpark;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class LocalFilesWithoutForksTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void everyPermissionBitMapsToItsJavaNioName() {
        for (int mode = 0; mode < 0777 + 1; mode++) {
            FsPermission p = new FsPermission((short) mode);
            assertEquals(PosixFilePermissions.fromString(p.toString()), LocalFilesWithoutForks.posix(p),
                    Integer.toOctalString(mode));
        }
        assertNull(LocalFilesWithoutForks.posix(new FsPermission((short) 01777)), "a sticky bit is left to chmod");
    }

    @Test
    void directoriesAndFilesGetThePermissionsHadoopAsksFor() throws Exception {
        Configuration conf = new Configuration(false);
        conf.set(LocalFilesWithoutForks.HADOOP_KEY, LocalFilesWithoutForks.class.getName());
        try (FileSystem fs = FileSystem.newInstance(dir.toUri(), conf)) {
            assertInstanceOf(LocalFilesWithoutForks.class, fs);
            Path sub = new Path(dir.toUri().toString(), "a/b");
            fs.mkdirs(sub, new FsPermission((short) 0750));
            assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b"))));
            Path file = new Path(sub, "part-0");
            try (FSDataOutputStream out = FileSystem.create(fs, file, new FsPermission((short) 0640))) {
                out.write("نص".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b/part-0"))));
            assertEquals("نص", new String(Files.readAllBytes(dir.resolve("a/b/part-0")), StandardCharsets.UTF_8));
            assertEquals(true, Files.exists(dir.resolve("a/b/.part-0.crc")), "checksums are still Hadoop's");
        }
    }

    @Test
    void localSessionsUseItForFilePaths() throws Exception {
        Configuration conf = LocalSpark.session().sparkContext().hadoopConfiguration();
        assertEquals(LocalFilesWithoutForks.class.getName(), conf.get(LocalFilesWithoutForks.HADOOP_KEY));
        try (FileSystem fs = FileSystem.newInstance(dir.toUri(), conf)) {
            assertInstanceOf(LocalFilesWithoutForks.class, fs);
        }
    }
}
