package dev.vccexchange.examples.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.vccexchange.camel.model.event.OrderChanged;
import dev.vccexchange.camel.model.event.OrderTransactionCreated;
import dev.vccexchange.simulator.VccSimulator;
import dev.vccexchange.simulator.socket.SocketFaults;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the journal against the embedded simulator, once on H2 and once on PostgreSQL, and checks the rows: balances,
 * the scripted orders with their latest status (one canceled), trades, and that a replayed event (the same event
 * delivered again through the same route) neither adds a row nor rolls an order back.
 */
class TradeJournalIT {

    /** -Djournal.it.pgUrl=... points the test elsewhere. */
    static final String PG_URL = System.getProperty("journal.it.pgUrl", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String PG_USER = "postgres";

    /** Every event the socket delivered, as the journal's routes saw it (an extra consumer of the same streams). */
    final List<Exchange> seen = new CopyOnWriteArrayList<>();

    @Test
    void journalsIntoH2() throws Exception {
        Path file = Path.of("target", "it", "journal-" + UUID.randomUUID()).toAbsolutePath();
        run(Map.of("JDBC_URL", "jdbc:h2:" + file));
    }

    @Test
    void journalsIntoPostgreSql() throws Exception {
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, "")) {
            // reachable
        } catch (SQLException e) {
            String why = "PostgreSQL is not reachable at " + PG_URL + " (user " + PG_USER + "): " + e.getMessage();
            if (System.getenv("CI") != null) {
                throw new AssertionError(why + "; the PostgreSQL journal test is required when CI is set", e);
            }
            Assumptions.abort(why + " - skipping the PostgreSQL journal test (it is required when CI is set)");
        }
        // A schema of its own per run: parallel or dirty runs never see each other's tables.
        String schema = "journal_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        sql("CREATE SCHEMA " + schema);
        try {
            run(Map.of("JDBC_URL", PG_URL + "?currentSchema=" + schema, "JDBC_USER", PG_USER, "JDBC_PASSWORD", ""));
        } finally {
            sql("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private void run(Map<String, String> env) throws Exception {
        Properties props = new Properties();
        int httpPort = freePort();
        props.setProperty("camel.management.port", String.valueOf(httpPort));
        props.setProperty("journal.summaryPeriod", "1000");
        props.setProperty("journal.scriptDelay", "2000");
        // Far beyond the test: what reconciles here is the orders channel being subscribed on a fresh socket.
        props.setProperty("journal.reconcilePeriod", "600000");

        TradeJournal journal = new TradeJournal(env, props).withRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String stream : List.of("balance", "orders", "trades")) {
                    // A second consumer of each stream (on the same socket); the option only makes the URI differ
                    // from the journal's, as Camel allows one consumer per endpoint.
                    from("vccexchange:" + stream + "?bridgeErrorHandler=false").routeId("it-seen-" + stream)
                            .process(e -> {
                                Exchange copy = e.copy();
                                copy.setProperty("stream", stream);
                                seen.add(copy);
                            });
                }
            }
        });
        try {
            journal.start();
            assertThat(journal.simulator()).as("no VCC_* variables: the embedded simulator").isNotNull();
            CamelContext camel = journal.camelContext();
            DataSource db = journal.dataSource();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_balances")).as("balances").isGreaterThanOrEqualTo(3);
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_trades")).as("trades").isPositive();
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_orders")).as("own orders").isGreaterThanOrEqualTo(3);
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_orders WHERE status = 'canceled'")).as("canceled")
                        .isEqualTo(1);
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_orders WHERE status = 'executed'")).as("filled")
                        .isGreaterThanOrEqualTo(2);
                assertThat(seen).anyMatch(e -> e.getIn().getBody() instanceof OrderChanged);
            });
            assertThat(count(db, "SELECT COUNT(*) FROM vcc_balances WHERE currency IN ('btc', 'eth', 'usdt')"))
                    .isEqualTo(3);
            assertThat(JournalStats.sockets(camel)).isEqualTo("balance=UP orders=UP trades=UP");
            assertThat(journal.stats().rowsWritten()).isPositive();

            // Camel's health over HTTP
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("UP");

            replayedEventsChangeNothing(camel, db);
            anOrderPlacedWhileTheSocketIsDownIsJournaledAfterTheReconnect(journal.simulator(), db);
        } finally {
            journal.close();
        }
        assertThat(journal.simulator()).as("stopped after Camel").isNull();
    }

    /**
     * Delivers every event seen so far once more, through the journal's own stream routes, as the consumer does. Rows
     * are keyed by the exchange's ids, so a replay writes no trade, adds no balance and rolls no order back.
     */
    private void replayedEventsChangeNothing(CamelContext camel, DataSource db) throws Exception {
        String canceledId = string(db, "SELECT id FROM vcc_orders WHERE status = 'canceled'");
        List<Exchange> replay = List.copyOf(seen);
        assertThat(replay).as("an older update of the canceled order was seen")
                .anyMatch(e -> e.getIn().getBody() instanceof OrderChanged changed
                               && canceledId.equals(changed.order().id())
                               && !"canceled".equals(changed.order().status()));
        assertThat(replay).anyMatch(e -> e.getIn().getBody() instanceof OrderTransactionCreated);
        for (Exchange event : replay) {
            Route route = camel.getRoute("vcc-" + event.getProperty("stream"));
            Exchange again = route.getEndpoint().createExchange();
            again.getIn().setHeaders(event.getIn().getHeaders());
            again.getIn().setBody(event.getIn().getBody());
            route.getConsumer().getProcessor().process(again);
            assertThat(again.getException()).as("replay of %s", event.getIn().getBody()).isNull();
            if (event.getIn().getBody() instanceof OrderTransactionCreated trade) {
                assertThat(again.getMessage().getHeader("CamelSqlUpdateCount", Integer.class))
                        .as("rows written by the replay of trade %s", trade.id()).isZero();
            }
        }
        assertThat(count(db, "SELECT COUNT(*) FROM vcc_balances")).as("one row per currency").isEqualTo(3);
        assertThat(string(db, "SELECT status FROM vcc_orders WHERE id = '" + canceledId + "'"))
                .as("older updates of the canceled order do not roll it back").isEqualTo("canceled");
    }

    /**
     * socket.io replays nothing: an order placed while the link is down never arrives as an event. The journal's
     * orders consumer ({@code subscribeNotice=true}) reconciles through REST as soon as the channel is subscribed on
     * the new socket, long before the reconcile timer (set far beyond the test).
     */
    private void anOrderPlacedWhileTheSocketIsDownIsJournaledAfterTheReconnect(VccSimulator simulator, DataSource db) {
        simulator.socketFaults(SocketFaults.class).dropAll();
        // The first reconnect waits reconnectDelay (1 s, ±50 %): the engine places the order well before that.
        String id = String.valueOf(simulator.engine().place(1, Map.of("coin", "btc", "currency", "usdt",
                "trade_type", "buy", "type", "limit", "quantity", "0.01", "price", "1001")).id());
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(count(db, "SELECT COUNT(*) FROM vcc_orders WHERE id = '" + id + "'")).isEqualTo(1));
        assertThat(seen).as("the order's event was lost with the link, as socket.io has no replay")
                .noneMatch(e -> e.getIn().getBody() instanceof OrderChanged changed
                                && id.equals(changed.order().id()));
    }

    private static long count(DataSource db, String query) throws SQLException {
        return Long.parseLong(string(db, query));
    }

    private static String string(DataSource db, String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            assertThat(rs.next()).as(query).isTrue();
            return rs.getString(1);
        }
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768+). A port from {@code new ServerSocket(0)} is free only until
     * the next bind to port 0: the simulator, started later by the journal, was once given the same one.
     */
    private static int freePort() throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = 20_000 + random.nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port in 20000-31999");
    }
}
