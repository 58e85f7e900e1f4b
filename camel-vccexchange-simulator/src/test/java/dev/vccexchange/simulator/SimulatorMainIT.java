package dev.vccexchange.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class SimulatorMainIT {

    static final String READY = "VCC SIMULATOR READY rest=http://127\\.0\\.0\\.1:\\d+/v3 socket=\\S+";

    @Test
    void processPrintsReadyWithinFiveSecondsAndStopsOnSigterm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                SimulatorMain.class.getName(), "--seed", "7", "--trade-rate", "5", "--account", "k2:s2:22")
                .redirectErrorStream(true).start();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String l;
                    while ((l = r.readLine()) != null) {
                        lines.add(l);
                    }
                } catch (java.io.IOException e) {
                    // process gone
                }
            });
            reader.setDaemon(true);
            reader.start();
            String first = lines.poll(5, TimeUnit.SECONDS);
            assertThat(first).as("READY line within 5 s").isNotNull().matches(READY);
            List<String> accounts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                accounts.add(lines.poll(5, TimeUnit.SECONDS));
            }
            assertThat(accounts).containsExactly("account key=demo-key userId=1", "account key=k2 userId=22");
            assertThat(String.join("\n", accounts)).doesNotContain("demo-secret", "s2");
            p.destroy(); // SIGTERM → shutdown hook
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void inProcessReadyLine() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (VccSimulator sim = SimulatorMain.parse(new String[] {"--rest-port", "0", "--trade-rate", "0"}).build()) {
            SimulatorMain.run(sim, new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines[0]).matches(READY).startsWith("VCC SIMULATOR READY rest=" + sim.restUrl() + " socket=");
            assertThat(lines[1]).isEqualTo("account key=demo-key userId=1");
        }
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--rest-port"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--nope", "1"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--account", "a:b"})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorMain.parse(new String[] {"--seed", "x"})).isInstanceOf(IllegalArgumentException.class);
    }
}
