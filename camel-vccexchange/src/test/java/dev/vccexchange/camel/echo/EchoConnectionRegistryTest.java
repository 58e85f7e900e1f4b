package dev.vccexchange.camel.echo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vccexchange.camel.session.ManualScheduler;
import dev.vccexchange.camel.session.ScriptedConnector;
import dev.vccexchange.camel.session.SessionOptions;
import dev.vccexchange.camel.session.SessionState;
import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EchoConnectionRegistryTest {

    final ManualScheduler scheduler = new ManualScheduler();
    final ScriptedConnector connector = new ScriptedConnector();
    final AtomicInteger created = new AtomicInteger();
    final EchoConnectionRegistry registry = new EchoConnectionRegistry();

    EchoConnection newConnection() {
        created.incrementAndGet();
        return new EchoConnection(connector, scheduler, SessionOptions.of(URI.create("ws://127.0.0.1:6001")),
                "k1");
    }

    static EchoConnectionRegistry.Key key(String apiKey) {
        return new EchoConnectionRegistry.Key(URI.create("ws://127.0.0.1:6001"), apiKey, EngineIoVersion.V3);
    }

    @Test
    void sharesOneStartedConnectionPerKeyAndClosesWithTheLastUser() {
        EchoConnection first = registry.acquire(key("k1"), this::newConnection);
        EchoConnection second = registry.acquire(key("k1"), this::newConnection);
        assertThat(second).isSameAs(first);
        assertThat(created).hasValue(1);
        assertThat(connector.count()).isEqualTo(1); // started once
        assertThat(registry.users(key("k1"))).isEqualTo(2);

        registry.release(first);
        assertThat(first.health().state()).isEqualTo(SessionState.CONNECTING);
        registry.release(second);
        assertThat(first.health().state()).isEqualTo(SessionState.CLOSED);
        assertThat(registry.size()).isZero();
        registry.release(first); // unknown now: ignored

        EchoConnection third = registry.acquire(key("k1"), this::newConnection);
        assertThat(third).isNotSameAs(first);
    }

    @Test
    void differentKeysGetDifferentConnections() {
        EchoConnection one = registry.acquire(key("k1"), this::newConnection);
        EchoConnection two = registry.acquire(key("k2"), this::newConnection);
        EchoConnection anonymous = registry.acquire(key(null), this::newConnection);
        assertThat(one).isNotSameAs(two).isNotSameAs(anonymous);
        assertThat(registry.size()).isEqualTo(3);
        registry.close();
        assertThat(registry.size()).isZero();
        assertThat(one.health().state()).isEqualTo(SessionState.CLOSED);
        assertThat(key(null).toString()).contains("<none>");
    }
}
