package de.bund.partnerschaftsmonitor.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders of tests (embedded database data and binaries, about 500 MB each), deleted when the test JVM
 * ends. Without this every run left its folders under the temp directory and filled the disk of CI machines.
 */
public final class TestFolders {

    private static final List<Path> FOLDERS = new ArrayList<>();
    private static final List<Runnable> BEFORE_DELETE = new ArrayList<>();

    static {
        // One hook, so that servers still running on a folder are stopped before it is deleted.
        Runtime.getRuntime().addShutdownHook(new Thread(TestFolders::cleanUp, "test-folders-cleanup"));
    }

    private TestFolders() {
    }

    /** A new folder under {@code java.io.tmpdir}, deleted at JVM exit. */
    public static synchronized Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            FOLDERS.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code stop} at JVM exit before the folders are deleted (for example to stop an embedded database). */
    public static synchronized void beforeDelete(Runnable stop) {
        BEFORE_DELETE.add(stop);
    }

    private static synchronized void cleanUp() {
        for (Runnable stop : BEFORE_DELETE) {
            try {
                stop.run();
            } catch (RuntimeException ignored) {
                // already stopped
            }
        }
        FOLDERS.forEach(TestFolders::deleteTree);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort at exit
        }
    }
}
