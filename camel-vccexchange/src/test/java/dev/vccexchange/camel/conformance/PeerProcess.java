package dev.vccexchange.camel.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node peer process: started with {@code node <script> args...} in {@code src/test/peers}, its stdout and
 * stderr drained to the test log, ready when it prints {@code PEER READY socket=<port> control=<port>}. Its stdin
 * stays open: the peer exits when it closes, so a killed JVM leaves no orphan. {@link #close()} sends SIGTERM,
 * then kills after 5 s.
 */
final class PeerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeerProcess.class);
    private static final Pattern READY = Pattern.compile("PEER READY socket=(\\d+) control=(\\d+)");
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*m");
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly), "peer-reaper"));
    }

    private final String name;
    private final Process process;
    private final OutputStream stdin;
    private final CompletableFuture<int[]> ready = new CompletableFuture<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private final List<Thread> drains = new ArrayList<>();
    private final int socketPort;
    private final int controlPort;

    private PeerProcess(String name, List<String> command, Duration readyTimeout) {
        this.name = name;
        NodePeers.ensureInstalled();
        ProcessBuilder pb = new ProcessBuilder(command).directory(NodePeers.peersDir().toFile());
        pb.environment().put("FORCE_COLOR", "0");
        try {
            this.process = pb.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + command + ": " + e, e);
        }
        LIVE.add(process);
        this.stdin = process.getOutputStream();
        drains.add(drain(process.getInputStream(), "out"));
        drains.add(drain(process.getErrorStream(), "err"));
        try {
            int[] ports = ready.get(readyTimeout.toMillis(), TimeUnit.MILLISECONDS);
            this.socketPort = ports[0];
            this.controlPort = ports[1];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException(name + ": interrupted while starting", e);
        } catch (ExecutionException | TimeoutException e) {
            close();
            throw new IllegalStateException(name + " did not print PEER READY within " + readyTimeout
                    + " (" + (e instanceof TimeoutException ? "timeout" : e.getCause().getMessage()) + "); last output:\n"
                    + recentOutput(), e);
        }
        LOG.info("{} ready: socket port {}, control port {}, pid {}", name, socketPort, controlPort, process.pid());
    }

    static PeerProcess start(String name, String script, List<String> args, Duration readyTimeout) {
        List<String> command = new ArrayList<>();
        command.add(NodePeers.node().toString());
        command.add(script);
        command.addAll(args);
        return new PeerProcess(name, command, readyTimeout);
    }

    private Thread drain(InputStream in, String stream) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    line = ANSI.matcher(line).replaceAll("");
                    if (line.isBlank()) {
                        continue;
                    }
                    synchronized (tail) {
                        tail.addLast(stream + "| " + line);
                        if (tail.size() > 200) {
                            tail.removeFirst();
                        }
                    }
                    LOG.info("[{} {}] {}", name, stream, line);
                    Matcher m = READY.matcher(line);
                    if (m.matches()) {
                        ready.complete(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                    }
                }
            } catch (IOException e) {
                LOG.debug("{} {} drain ended: {}", name, stream, e.toString());
            } finally {
                ready.completeExceptionally(new IllegalStateException(name + " " + stream + " closed"
                        + (process.isAlive() ? "" : ", exit code " + exitCodeOrUnknown())));
            }
        }, name + "-" + stream);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private String exitCodeOrUnknown() {
        try {
            process.waitFor(1, TimeUnit.SECONDS);
            return process.isAlive() ? "?" : String.valueOf(process.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    int socketPort() {
        return socketPort;
    }

    int controlPort() {
        return controlPort;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String recentOutput() {
        synchronized (tail) {
            return String.join("\n", tail);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: the peer closes its servers and exits
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    LOG.warn("{} ignored SIGTERM for 5 s, killing it", name);
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        try {
            stdin.close();
        } catch (IOException ignored) {
            // already gone
        }
        for (Thread t : drains) {
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LIVE.remove(process);
    }
}
