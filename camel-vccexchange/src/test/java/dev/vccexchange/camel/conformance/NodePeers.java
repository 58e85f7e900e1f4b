package dev.vccexchange.camel.conformance;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Locates node and npm, installs the pinned peers ({@code src/test/peers}, {@code npm ci}) once per JVM and
 * machine, and decides whether a missing node skips (developer machine) or fails (the {@code CI} env var is set)
 * the conformance tests.
 */
public final class NodePeers {

    private static final Logger LOG = LoggerFactory.getLogger(NodePeers.class);
    private static final Object INSTALL_LOCK = new Object();
    private static final String[] REQUIRED_PACKAGES = {"laravel-echo-server", "socket.io", "socket.io-client"};

    private static volatile boolean installed;

    private NodePeers() {
    }

    /** Thrown when node (or npm) cannot be found. */
    public static final class NodeUnavailableException extends RuntimeException {
        public NodeUnavailableException(String message) {
            super(message);
        }
    }

    /** True when the {@code CI} environment variable is set (to anything but an empty string). */
    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank();
    }

    /**
     * Call from {@code @BeforeAll}: aborts the test class (JUnit assumption, reported as skipped) when node is
     * missing and {@code CI} is not set; throws when node is missing and {@code CI} is set. Also installs the
     * peers' node_modules if needed (a failing {@code npm ci} is always a failure).
     */
    public static void assumeAvailable() {
        try {
            node();
            npm();
        } catch (NodeUnavailableException e) {
            if (isCi()) {
                throw new IllegalStateException("CI is set, so the conformance tests must run, but: " + e.getMessage(), e);
            }
            Assumptions.assumeTrue(false, "Conformance tests SKIPPED (set CI=1 to make this a failure): " + e.getMessage());
        }
        ensureInstalled();
    }

    /** {@code camel-vccexchange/src/test/peers}, found from {@code basedir} or the working directory. */
    public static Path peersDir() {
        List<Path> candidates = new ArrayList<>();
        String basedir = System.getProperty("basedir");
        if (basedir != null) {
            candidates.add(Paths.get(basedir, "src", "test", "peers"));
        }
        Path cwd = Paths.get("").toAbsolutePath();
        candidates.add(cwd.resolve("src/test/peers"));
        candidates.add(cwd.resolve("camel-vccexchange/src/test/peers"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p.resolve("package.json"))) {
                return p.normalize();
            }
        }
        throw new IllegalStateException("cannot find src/test/peers/package.json; tried " + candidates);
    }

    /** The node executable: {@code $NODE} if set, else {@code node} on the PATH. */
    public static Path node() {
        return executable("NODE", "node");
    }

    /** The npm executable: {@code $NPM} if set, else {@code npm} on the PATH. */
    public static Path npm() {
        return executable("NPM", "npm");
    }

    private static Path executable(String envOverride, String name) {
        String override = System.getenv(envOverride);
        if (override != null && !override.isBlank()) {
            Path p = Paths.get(override);
            if (Files.isExecutable(p)) {
                return p;
            }
            throw new NodeUnavailableException("$" + envOverride + "=" + override + " is not an executable file");
        }
        return onPath(name).orElseThrow(() -> new NodeUnavailableException(
                "'" + name + "' (Node.js >= 18) was not found on the PATH (" + System.getenv("PATH")
                        + "); install Node.js or point $" + envOverride + " at it"));
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase().startsWith("windows");
        String[] suffixes = windows ? new String[] {".exe", ".cmd", ""} : new String[] {""};
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String suffix : suffixes) {
                Path p = Paths.get(dir, name + suffix);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code npm ci} into {@code src/test/peers/node_modules} unless it is already installed and not older
     * than {@code package-lock.json}. Synchronized within the JVM and, through a file lock in {@code target/},
     * across JVMs (parallel builds of the same checkout).
     */
    public static void ensureInstalled() {
        if (installed) {
            return;
        }
        synchronized (INSTALL_LOCK) {
            if (installed) {
                return;
            }
            Path peers = peersDir();
            if (!isInstalled(peers)) {
                Path target = peers.resolve("../../../target").normalize();
                try {
                    Files.createDirectories(target);
                    try (FileChannel ch = FileChannel.open(target.resolve("conformance-npm-ci.lock"),
                            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                         FileLock ignored = ch.lock()) {
                        if (!isInstalled(peers)) {
                            runNpmCi(peers);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException("npm ci in " + peers + " failed: " + e, e);
                }
            }
            installed = true;
        }
    }

    private static boolean isInstalled(Path peers) {
        Path modules = peers.resolve("node_modules");
        for (String pkg : REQUIRED_PACKAGES) {
            if (!Files.isRegularFile(modules.resolve(pkg).resolve("package.json"))) {
                return false;
            }
        }
        Path hidden = modules.resolve(".package-lock.json");
        try {
            FileTime lock = Files.getLastModifiedTime(peers.resolve("package-lock.json"));
            return Files.isRegularFile(hidden) && Files.getLastModifiedTime(hidden).compareTo(lock) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void runNpmCi(Path peers) throws IOException {
        long start = System.nanoTime();
        LOG.info("npm ci in {} (node_modules missing or older than package-lock.json)", peers);
        ProcessBuilder pb = new ProcessBuilder(npm().toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(peers.toFile())
                .redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                LOG.info("[npm ci] {}", line);
                out.append(line).append('\n');
            }
        }
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("npm ci timed out after 5 minutes");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for npm ci", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException("npm ci exited with " + p.exitValue() + ":\n" + out);
        }
        LOG.info("npm ci done in {} ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }
}
