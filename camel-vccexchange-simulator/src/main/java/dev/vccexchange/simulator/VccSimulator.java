package dev.vccexchange.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.simulator.engine.Balance;
import dev.vccexchange.simulator.engine.Market;
import dev.vccexchange.simulator.engine.MarketMaker;
import dev.vccexchange.simulator.engine.MatchingEngine;
import dev.vccexchange.simulator.engine.OrderView;
import dev.vccexchange.simulator.fault.RestFaults;
import dev.vccexchange.simulator.ledger.EventLedger;
import dev.vccexchange.simulator.rest.RestServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An embedded VCC Exchange: REST v3, matching engine, event ledger, faults and (when a {@link SocketServerFactory}
 * is plugged in) the Laravel Echo socket.
 *
 * <pre>{@code
 * try (VccSimulator sim = VccSimulator.builder().tradeRate(0).build().start()) {
 *     String rest = sim.restUrl(); // http://127.0.0.1:<port>/v3, account demo-key / demo-secret, user 1
 * }
 * }</pre>
 *
 * The socket server is found through {@link #socketServerFactory} on the builder, else through
 * {@link ServiceLoader} ({@code META-INF/services/dev.vccexchange.simulator.SocketServerFactory}).
 */
public final class VccSimulator implements AutoCloseable {

    private final Builder config;
    private final Map<String, SimulatorAccount> accounts;
    private final List<SimulatorEvents> listeners = new CopyOnWriteArrayList<>();
    private final EventLedger ledger;
    private final MatchingEngine engine;
    private final RestFaults restFaults = new RestFaults();
    private RestServer rest;
    private SocketServerFactory.PluggedSocketServer socket;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    private VccSimulator(Builder b) {
        this.config = b;
        this.accounts = new LinkedHashMap<>();
        b.accounts.forEach(a -> accounts.put(a.apiKey(), a));
        this.ledger = new EventLedger(b.ledgerCapacity);
        listeners.add(ledger);
        this.engine = new MatchingEngine(b.markets, this::fanOut, System::currentTimeMillis);
    }

    public static Builder builder() {
        return new Builder();
    }

    private void fanOut(String channel, String event, JsonNode payload) {
        for (SimulatorEvents l : listeners) {
            try {
                l.publish(channel, event, payload);
            } catch (RuntimeException e) {
                // a broken listener must not break the engine or the ledger
            }
        }
    }

    /** Starts REST, the socket server (if any) and the market maker; returns once both servers listen. */
    public synchronized VccSimulator start() throws IOException {
        if (running) {
            return this;
        }
        for (SimulatorAccount a : accounts.values()) {
            engine.ensureUser(a.userId());
            a.balances().forEach((c, amount) -> engine.deposit(a.userId(), c, amount));
        }
        rest = new RestServer(engine, accounts::get, restFaults, config.restPort);
        rest.start();
        SocketServerFactory factory = config.socketServerFactory != null ? config.socketServerFactory
                : discoverSocketFactory().orElse(null);
        if (factory != null) {
            try {
                socket = factory.create(config.socketPort, new SocketContext(this::userIdForApiKey));
                socket.start();
                listeners.add(socket);
            } catch (IOException | RuntimeException e) {
                rest.close();
                throw e;
            }
        }
        if (config.tradeRate > 0) {
            MarketMaker mm = new MarketMaker(engine, config.seed);
            mm.seed();
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vcc-sim-market-maker");
                t.setDaemon(true);
                return t;
            });
            long periodMicros = Math.max(1000, (long) (1_000_000 / config.tradeRate));
            scheduler.scheduleAtFixedRate(() -> {
                try {
                    mm.tick();
                } catch (RuntimeException e) {
                    // keep ticking
                }
            }, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        }
        running = true;
        return this;
    }

    private static Optional<SocketServerFactory> discoverSocketFactory() {
        Iterator<SocketServerFactory> it = ServiceLoader.load(SocketServerFactory.class).iterator();
        return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
    }

    private OptionalLong userIdForApiKey(String key) {
        SimulatorAccount a = accounts.get(key);
        return a == null ? OptionalLong.empty() : OptionalLong.of(a.userId());
    }

    public synchronized void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (socket != null) {
            listeners.remove(socket);
            socket.close();
            socket = null;
        }
        if (rest != null) {
            rest.close();
            rest = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return running;
    }

    /** {@code http://127.0.0.1:<port>/v3}. */
    public String restUrl() {
        return requireStarted().url();
    }

    public int restPort() {
        return requireStarted().port();
    }

    /** {@code ws://127.0.0.1:<port>}; IllegalStateException when no socket server is plugged in. */
    public String socketUrl() {
        requireStarted();
        if (socket == null) {
            throw new IllegalStateException("no socket server plugged in (set Builder.socketServerFactory)");
        }
        return socket.url();
    }

    /** True when a socket server runs. */
    public boolean hasSocket() {
        return socket != null;
    }

    /** The socket server's fault controls (its own type); IllegalStateException without a socket server. */
    public Object socketFaults() {
        if (socket == null) {
            throw new IllegalStateException("no socket server plugged in");
        }
        return socket.faults();
    }

    /** {@link #socketFaults()} cast to the socket server's fault type, e.g. {@code socketFaults(SocketFaults.class)}. */
    public <T> T socketFaults(Class<T> type) {
        return type.cast(socketFaults());
    }

    /** Clears REST and socket faults. */
    public void resetFaults() {
        restFaults.reset();
        if (socket != null) {
            socket.resetFaults();
        }
    }

    private RestServer requireStarted() {
        RestServer r = rest;
        if (r == null) {
            throw new IllegalStateException("simulator not started");
        }
        return r;
    }

    public List<SimulatorAccount> accounts() {
        return List.copyOf(accounts.values());
    }

    /** The demo account or the first configured one. */
    public SimulatorAccount account() {
        return accounts.values().iterator().next();
    }

    public Optional<SimulatorAccount> account(String apiKey) {
        return Optional.ofNullable(accounts.get(apiKey));
    }

    public RestFaults restFaults() {
        return restFaults;
    }

    public EventLedger ledger() {
        return ledger;
    }

    public MatchingEngine engine() {
        return engine;
    }

    public Map<String, Balance> balances(long userId) {
        return engine.balances(userId);
    }

    public List<OrderView> openOrders(long userId) {
        return engine.openOrders(userId);
    }

    /** Adds a listener for every emitted event (called under the engine lock: keep it quick). */
    public void addListener(SimulatorEvents listener) {
        listeners.add(listener);
    }

    public void removeListener(SimulatorEvents listener) {
        listeners.remove(listener);
    }

    /** Configuration; every setter returns this. */
    public static final class Builder {
        private int restPort;
        private int socketPort;
        private long seed = 42;
        private double tradeRate = 2;
        private int ledgerCapacity = 100_000;
        private List<Market> markets = Market.defaults();
        private final List<SimulatorAccount> accounts = new ArrayList<>(List.of(SimulatorAccount.demo()));
        private SocketServerFactory socketServerFactory;

        private Builder() {
        }

        /** 0 (default) = a free port. */
        public Builder restPort(int port) {
            this.restPort = port;
            return this;
        }

        /** 0 (default) = a free port. */
        public Builder socketPort(int port) {
            this.socketPort = port;
            return this;
        }

        /** Seed of the market maker's Random (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Simulated trades per second (default 2); 0 = no market maker, empty books. */
        public Builder tradeRate(double tradesPerSecond) {
            if (tradesPerSecond < 0) {
                throw new IllegalArgumentException("tradeRate must be >= 0");
            }
            this.tradeRate = tradesPerSecond;
            return this;
        }

        /** Adds an account (an existing one with the same API key is replaced). */
        public Builder account(SimulatorAccount account) {
            accounts.removeIf(a -> a.apiKey().equals(account.apiKey()) || a.userId() == account.userId());
            accounts.add(account);
            return this;
        }

        /** {@code KEY:SECRET:USERID}, funded like the demo account. */
        public Builder account(String spec) {
            return account(SimulatorAccount.parse(spec));
        }

        public Builder withoutDemoAccount() {
            accounts.removeIf(a -> a.apiKey().equals("demo-key"));
            return this;
        }

        public Builder markets(List<Market> markets) {
            this.markets = List.copyOf(markets);
            return this;
        }

        /** Ledger entries kept before the oldest are dropped (default 100 000; entries are compact JSON bytes). */
        public Builder ledgerCapacity(int capacity) {
            this.ledgerCapacity = capacity;
            return this;
        }

        public Builder socketServerFactory(SocketServerFactory factory) {
            this.socketServerFactory = factory;
            return this;
        }

        public VccSimulator build() {
            if (accounts.isEmpty()) {
                throw new IllegalStateException("at least one account is required");
            }
            return new VccSimulator(this);
        }

        /** Builds and starts. */
        public VccSimulator start() {
            try {
                return build().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
