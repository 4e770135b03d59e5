package io.triangulate.ingest;

import io.triangulate.model.RejectReason;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a .zip archive entry by entry, as a stream: each entry is read like a file of its own, with
 * origin {@code archive.zip!/entry.json}.
 */
final class ZipRecords {

    private ZipRecords() {
    }

    static OutcomeIterator read(InputStream in, String file, InputFormat format, IngestLimits limits,
                                Manifest manifest) {
        ZipInputStream zip = new ZipInputStream(in);
        return new OutcomeIterator() {
            private OutcomeIterator current;
            private long outcomes;
            private boolean done;

            @Override
            protected ReadOutcome computeNext() {
                while (!done) {
                    if (current != null && current.hasNext()) {
                        outcomes++;
                        return current.next();
                    }
                    ZipEntry entry;
                    try {
                        entry = nextRecordEntry();
                    } catch (IOException e) {
                        done = true;
                        outcomes++;
                        return ReadOutcome.rejected(Failures.rest(e, new JsonRecords.Origin(file, 0, null),
                                "after " + outcomes + " records"));
                    }
                    if (entry == null) {
                        done = true;
                    } else {
                        current = RecordReader.open(file + "!/" + entry.getName(), new EntryStream(zip),
                                entry.getSize(), format, limits, manifest);
                    }
                }
                if (outcomes == 0) {
                    outcomes++;
                    return ReadOutcome.rejected(new JsonRecords.Origin(file, 0, null).reject(RejectReason.EMPTY_FILE,
                            "the archive holds no files", null, null));
                }
                return null;
            }

            /**
             * The next entry that can hold articles. Folders, manifests and the resource-fork copies
             * macOS adds (__MACOSX/, ._name) carry none.
             */
            private ZipEntry nextRecordEntry() throws IOException {
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    String name = e.getName();
                    String base = name.substring(name.lastIndexOf('/') + 1);
                    if (!e.isDirectory() && !name.startsWith("__MACOSX/") && !base.startsWith("._")
                            && !Manifest.isManifestName(name)) {
                        return e;
                    }
                }
                return null;
            }

            @Override
            protected void release() throws IOException {
                try {
                    if (current != null) {
                        current.close();
                    }
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** An entry's bytes; closing it leaves the archive open for the next entry. */
    private static final class EntryStream extends FilterInputStream {
        EntryStream(ZipInputStream zip) {
            super(zip);
        }

        @Override
        public void close() {
            // the archive moves on to the next entry by itself
        }
    }
}
