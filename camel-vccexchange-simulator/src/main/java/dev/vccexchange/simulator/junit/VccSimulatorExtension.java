package dev.vccexchange.simulator.junit;

import dev.vccexchange.simulator.SimulatorAccount;
import dev.vccexchange.simulator.SocketServerFactory;
import dev.vccexchange.simulator.VccSimulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs one {@link VccSimulator} per test class and clears injected faults before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static VccSimulatorExtension sim = VccSimulatorExtension.builder().tradeRate(0).build();
 * }</pre>
 *
 * Register it on a {@code static} field (started in beforeAll, stopped in afterAll); on an instance field it starts
 * lazily before the first test and is stopped when the JVM exits.
 */
public final class VccSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final VccSimulator.Builder builder;
    private VccSimulator simulator;

    private VccSimulatorExtension(VccSimulator.Builder builder) {
        this.builder = builder;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        ensureStarted();
    }

    @Override
    public synchronized void beforeEach(ExtensionContext context) throws Exception {
        ensureStarted();
        simulator.resetFaults();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (simulator != null) {
            simulator.stop();
            simulator = null;
        }
    }

    private void ensureStarted() throws java.io.IOException {
        if (simulator == null) {
            simulator = builder.build().start();
        }
    }

    /** The running simulator (valid between beforeAll and afterAll). */
    public synchronized VccSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("simulator not started yet");
        }
        return simulator;
    }

    public String restUrl() {
        return simulator().restUrl();
    }

    public String socketUrl() {
        return simulator().socketUrl();
    }

    /** Options as on {@link VccSimulator.Builder}. */
    public static final class Builder {
        private final VccSimulator.Builder b = VccSimulator.builder();

        public Builder restPort(int p) { b.restPort(p); return this; }
        public Builder socketPort(int p) { b.socketPort(p); return this; }
        public Builder seed(long s) { b.seed(s); return this; }
        public Builder tradeRate(double r) { b.tradeRate(r); return this; }
        public Builder account(SimulatorAccount a) { b.account(a); return this; }
        public Builder account(String spec) { b.account(spec); return this; }
        public Builder ledgerCapacity(int c) { b.ledgerCapacity(c); return this; }
        public Builder socketServerFactory(SocketServerFactory f) { b.socketServerFactory(f); return this; }

        public VccSimulatorExtension build() {
            return new VccSimulatorExtension(b);
        }
    }
}
