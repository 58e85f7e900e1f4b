package dev.vccexchange.camel.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private static final ReconnectPolicy NO_JITTER =
            new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0, 0.0, 0);

    @Test
    void growsExponentiallyFromInitialDelay() {
        assertThat(NO_JITTER.nextDelay(1, () -> 0.3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(NO_JITTER.nextDelay(2, () -> 0.3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(NO_JITTER.nextDelay(3, () -> 0.3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(NO_JITTER.nextDelay(5, () -> 0.3)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void capsAtMaxDelay() {
        assertThat(NO_JITTER.nextDelay(6, () -> 0.3)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NO_JITTER.nextDelay(1000, () -> 0.3)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterStaysWithinBounds() {
        ReconnectPolicy p = ReconnectPolicy.defaults();
        assertThat(p.nextDelay(1, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(p.nextDelay(1, () -> 0.5)).isEqualTo(Duration.ofMillis(1000));
        assertThat(p.nextDelay(1, () -> 0.99999)).isBetween(Duration.ofMillis(1499), Duration.ofMillis(1500));
        assertThat(p.nextDelay(3, () -> 0.75)).isEqualTo(Duration.ofMillis(5000));
        // jitter is applied after the cap
        assertThat(p.nextDelay(20, () -> 0.0)).isEqualTo(Duration.ofSeconds(15));
        assertThat(p.nextDelay(20, () -> 0.99999)).isBetween(Duration.ofMillis(44_999), Duration.ofSeconds(45));
        for (double r = 0; r < 1; r += 0.01) {
            double fixed = r;
            assertThat(p.nextDelay(2, () -> fixed)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(3000));
        }
    }

    @Test
    void defaults() {
        assertThat(ReconnectPolicy.defaults())
                .isEqualTo(new ReconnectPolicy(Duration.ofMillis(1000), Duration.ofMillis(30000), 2.0, 0.5, 0));
    }

    @Test
    void maxAttemptsZeroIsUnlimited() {
        assertThat(ReconnectPolicy.defaults().exhausted(Integer.MAX_VALUE)).isFalse();
        ReconnectPolicy three = new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 1.0, 0, 3);
        assertThat(three.exhausted(3)).isFalse();
        assertThat(three.exhausted(4)).isTrue();
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 0.5, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NO_JITTER.nextDelay(0, () -> 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
