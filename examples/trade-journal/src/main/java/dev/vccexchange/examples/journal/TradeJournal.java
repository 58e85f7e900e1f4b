package dev.vccexchange.examples.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.DataSource;

import dev.vccexchange.simulator.VccSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.service.ServiceSupport;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trade journal: a Camel Main application whose routes are YAML ({@code src/main/resources/routes}).
 *
 * <p>This class only decides where to connect and where to write, from the environment:
 * <ul>
 *   <li>{@code VCC_API_KEY}, {@code VCC_API_SECRET}, {@code VCC_USER_ID} all set: the real venue (the component's
 *       default URLs, or {@code VCC_REST_URL}/{@code VCC_SOCKET_URL}); otherwise the embedded simulator, started
 *       in-process with its demo account.</li>
 *   <li>{@code JDBC_URL} ({@code jdbc:postgresql:...} or {@code jdbc:h2:...}, with {@code JDBC_USER},
 *       {@code JDBC_PASSWORD}): that database; otherwise an H2 file in {@code ./target/journal.mv.db}.</li>
 * </ul>
 * It creates the tables, binds the DataSource ({@code journalDataSource}) and the counters ({@code stats}), runs
 * Camel until Ctrl-C and stops the simulator after Camel.
 */
public final class TradeJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TradeJournal.class);

    /** The default database: an H2 file below the working directory; AUTO_SERVER lets a shell read it meanwhile. */
    public static final String DEFAULT_JDBC_URL = "jdbc:h2:./target/journal;AUTO_SERVER=TRUE";
    static final List<String> TABLES = List.of("vcc_balances", "vcc_orders", "vcc_trades");

    private final Map<String, String> env;
    private final Properties overrides;
    private final JournalStats stats = new JournalStats();
    private final Main main = new Main();
    private VccSimulator simulator;
    private JdbcConnectionPool dataSource;

    /**
     * @param env       the settings, as environment variables ({@code System.getenv()} when run)
     * @param overrides Camel Main properties that win over {@code application.properties} (tests use them)
     */
    public TradeJournal(Map<String, String> env, Properties overrides) {
        this.env = Map.copyOf(env);
        this.overrides = overrides;
    }

    public static void main(String[] args) throws Exception {
        try (TradeJournal journal = new TradeJournal(System.getenv(), System.getProperties())) {
            journal.configure();
            journal.main.run(); // until Ctrl-C: Camel Main's shutdown hook stops the routes gracefully
        }
    }

    /** Adds routes next to the YAML ones; call before {@link #start()} (tests use it to watch the streams). */
    TradeJournal withRoutes(RoutesBuilder routes) {
        main.configure().addRoutesBuilder(routes);
        return this;
    }

    /** Starts the journal without blocking (tests); {@link #close()} stops it. */
    public TradeJournal start() throws Exception {
        configure();
        main.start();
        return this;
    }

    void configure() throws Exception {
        Properties camel = new Properties();
        boolean live = live();
        dataSource = openDatabase();
        createTables(dataSource, !live);
        connectTo(camel, live);

        camel.setProperty("journal.placeOrders",
                          String.valueOf(!live || "true".equalsIgnoreCase(env.get("JOURNAL_PLACE_ORDERS"))));
        camel.putAll(overrides);
        camel.stringPropertyNames().stream().filter(k -> k.startsWith("camel.") || k.startsWith("journal."))
                .forEach(k -> main.addOverrideProperty(k, camel.getProperty(k)));
        main.bind("journalDataSource", dataSource);
        main.bind("stats", stats);
        // Ctrl-C: Camel Main's shutdown hook stops the CamelContext, which stops the routes first, then its services:
        // this one stops the simulator and closes the database after the last route (the JVM exits right after).
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                try {
                    configured.getCamelContext().addService(new ServiceSupport() {
                        @Override
                        protected void doStop() {
                            stopSimulatorAndDatabase();
                        }
                    }, true, true);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        LOG.info("Health: http://{}:{}/observe/health", camel.getProperty("camel.management.host", "127.0.0.1"),
                 camel.getProperty("camel.management.port", "8080"));
    }

    /** True when all of VCC_API_KEY, VCC_API_SECRET, VCC_USER_ID are set, false when none is; else an error. */
    private boolean live() {
        int set = (int) Stream.of("VCC_API_KEY", "VCC_API_SECRET", "VCC_USER_ID").filter(n -> env(n) != null).count();
        if (set != 0 && set != 3) {
            throw new IllegalStateException("Set all of VCC_API_KEY, VCC_API_SECRET and VCC_USER_ID for the real "
                                            + "venue, or none of them for the embedded simulator");
        }
        return set == 3;
    }

    /** Sets the component's account and URLs: the real venue's, or those of a simulator started here. */
    private void connectTo(Properties camel, boolean live) throws IOException {
        if (live) {
            String key = env("VCC_API_KEY");
            String userId = env("VCC_USER_ID");
            camel.setProperty("camel.component.vccexchange.apiKey", key);
            camel.setProperty("camel.component.vccexchange.apiSecret", env("VCC_API_SECRET"));
            camel.setProperty("camel.component.vccexchange.userId", userId);
            if (env("VCC_REST_URL") != null) {
                camel.setProperty("camel.component.vccexchange.restUrl", env("VCC_REST_URL"));
            }
            if (env("VCC_SOCKET_URL") != null) {
                camel.setProperty("camel.component.vccexchange.socketUrl", env("VCC_SOCKET_URL"));
            }
            LOG.info("Venue: VCC Exchange, user {} (orders are placed only with JOURNAL_PLACE_ORDERS=true)", userId);
            return;
        }
        simulator = VccSimulator.builder().seed(42).tradeRate(2.0).build();
        simulator.start();
        camel.setProperty("camel.component.vccexchange.apiKey", "demo-key");
        camel.setProperty("camel.component.vccexchange.apiSecret", "demo-secret");
        camel.setProperty("camel.component.vccexchange.userId", "1");
        camel.setProperty("camel.component.vccexchange.restUrl", simulator.restUrl());
        camel.setProperty("camel.component.vccexchange.socketUrl", simulator.socketUrl());
        LOG.info("Venue: the embedded simulator (rest {} socket {}), demo account, user 1", simulator.restUrl(),
                 simulator.socketUrl());
    }

    private JdbcConnectionPool openDatabase() {
        String url = env("JDBC_URL") == null ? DEFAULT_JDBC_URL : env("JDBC_URL");
        ConnectionPoolDataSource pooled;
        if (url.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
            pg.setURL(url);
            pg.setUser(env("JDBC_USER"));
            pg.setPassword(env("JDBC_PASSWORD"));
            pooled = pg;
        } else if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(env("JDBC_USER") == null ? "" : env("JDBC_USER"));
            h2.setPassword(env("JDBC_PASSWORD") == null ? "" : env("JDBC_PASSWORD"));
            pooled = h2;
        } else {
            throw new IllegalStateException("JDBC_URL must start with jdbc:postgresql: or jdbc:h2:");
        }
        if (url.equals(DEFAULT_JDBC_URL)) {
            LOG.info("Journal: H2 file {}", Path.of("target", "journal.mv.db").toAbsolutePath());
        } else {
            LOG.info("Journal: {}", url.replaceAll("password=[^&;]*", "password=xxxxxx"));
        }
        // H2's small pool works for any ConnectionPoolDataSource: no pool library needed for an example.
        return JdbcConnectionPool.create(pooled);
    }

    /**
     * Creates the tables (sql/schema.sql) when missing. Against the simulator the journal starts empty: the
     * simulator's order and trade ids start again at each run, so old rows would clash with new ones.
     */
    static void createTables(DataSource dataSource, boolean clear) throws IOException, SQLException {
        String schema;
        try (InputStream in = TradeJournal.class.getResourceAsStream("/sql/schema.sql")) {
            schema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : schema.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            if (clear) {
                for (String table : TABLES) {
                    statement.execute("DELETE FROM " + table);
                }
            }
        }
    }

    private String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private synchronized void stopSimulatorAndDatabase() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
            LOG.info("Simulator stopped");
        }
        if (dataSource != null) {
            dataSource.dispose();
        }
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JournalStats stats() {
        return stats;
    }

    /** The embedded simulator, or null against the real venue (or once stopped). */
    public synchronized VccSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        try {
            if (main.isStarted()) {
                main.stop();
            }
        } finally {
            stopSimulatorAndDatabase();
        }
    }
}
