package dev.vccexchange.camel.session;

import static dev.vccexchange.camel.session.Heartbeat.ANSWERED;
import static dev.vccexchange.camel.session.Heartbeat.DEAD;
import static dev.vccexchange.camel.session.Heartbeat.NONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.wire.EngineIoVersion;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    static final long S = 1_000_000_000L;
    final Heartbeat v3 = new Heartbeat(EngineIoVersion.V3, Duration.ofSeconds(25), Duration.ofSeconds(20));
    final Heartbeat v4 = new Heartbeat(EngineIoVersion.V4, Duration.ofSeconds(25), Duration.ofSeconds(20));

    @Test
    void eio3DeadlineRunsFromTheOldestUnansweredPing() {
        assertThat(v3.check(45 * S, 0, NONE, NONE, 25 * S)).isEqualTo(DEAD);
        assertThat(v3.check(40 * S, 0, NONE, NONE, 25 * S)).isEqualTo(5 * S);
        assertThat(v3.check(45 * S, 30 * S, NONE, NONE, 25 * S)).isEqualTo(ANSWERED);
        assertThat(v3.check(45 * S, 0, NONE, NONE, NONE)).isEqualTo(ANSWERED);
        assertThat(Heartbeat.startsDeadline(NONE, 0, NONE)).isTrue();
        assertThat(Heartbeat.startsDeadline(25 * S, 0, NONE)).isFalse();
        assertThat(Heartbeat.startsDeadline(25 * S, 26 * S, NONE)).isTrue();
    }

    @Test
    void eio4DeadlineIsIntervalPlusTimeoutOfSilence() {
        assertThat(v4.check(45 * S, 0, NONE, NONE, NONE)).isEqualTo(DEAD);
        assertThat(v4.check(44 * S, 0, NONE, NONE, NONE)).isEqualTo(1 * S);
        assertThat(v4.check(50 * S, 10 * S, NONE, NONE, NONE)).isEqualTo(5 * S);
    }

    @Test
    void deliveringIsNeverSilence() {
        assertThat(v3.check(500 * S, 0, 1 * S, NONE, 25 * S)).isEqualTo(20 * S);
        assertThat(v4.check(500 * S, 0, 1 * S, NONE, NONE)).isEqualTo(45 * S);
        // the end of a delivery counts as activity
        assertThat(v3.check(500 * S, 0, NONE, 490 * S, 25 * S)).isEqualTo(ANSWERED);
        assertThat(v4.check(500 * S, 0, NONE, 490 * S, NONE)).isEqualTo(35 * S);
    }
}
