package dev.vccexchange.examples.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The settings' error paths (nothing is started) and the schema script. */
class TradeJournalSettingsTest {

    @Test
    void someButNotAllVenueVariablesIsAnError() {
        try (TradeJournal journal = new TradeJournal(Map.of("VCC_API_KEY", "k", "VCC_USER_ID", "7"), new Properties())) {
            assertThatThrownBy(journal::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("VCC_API_KEY, VCC_API_SECRET and VCC_USER_ID");
            assertThat(journal.simulator()).isNull();
        }
    }

    @Test
    void anUnsupportedDatabaseIsAnErrorBeforeTheSimulatorStarts() {
        try (TradeJournal journal = new TradeJournal(Map.of("JDBC_URL", "jdbc:mysql://127.0.0.1/test"),
                                                     new Properties())) {
            assertThatThrownBy(journal::start).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("jdbc:postgresql: or jdbc:h2:");
            assertThat(journal.simulator()).isNull();
        }
    }

    @Test
    void theSchemaCanBeCreatedAgainAndCleared() throws Exception {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:settings-test;DB_CLOSE_DELAY=-1");
        TradeJournal.createTables(db, false);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO vcc_trades (id, price) VALUES ('t1', 1.5)");
        }
        TradeJournal.createTables(db, false);
        assertThat(count(db, "vcc_trades")).isEqualTo(1);
        TradeJournal.createTables(db, true);
        for (String table : TradeJournal.TABLES) {
            assertThat(count(db, table)).as(table).isZero();
        }
    }

    private static long count(JdbcDataSource db, String table) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
