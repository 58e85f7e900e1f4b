package dev.vccexchange.camel.echo;

import dev.vccexchange.camel.wire.EngineIoVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One {@link EchoConnection} per key (socket URL, API key, Engine.IO version), shared by every consumer of that
 * account and reference-counted: the first {@link #acquire} creates and starts it, the last {@link #release}
 * closes it. Thread-safe.
 */
public final class EchoConnectionRegistry implements AutoCloseable {

    /** What makes two consumers share a connection. {@link #toString()} never shows the API key. */
    public record Key(URI socketUrl, String apiKey, EngineIoVersion version) {

        public Key {
            Objects.requireNonNull(socketUrl, "socketUrl");
            Objects.requireNonNull(version, "version");
        }

        @Override
        public String toString() {
            return "Key[socketUrl=" + socketUrl + ", apiKey=" + (apiKey == null ? "<none>" : "****")
                    + ", version=" + version + "]";
        }
    }

    private static final class Entry {
        final Key key;
        final EchoConnection connection;
        int users;

        Entry(Key key, EchoConnection connection) {
            this.key = key;
            this.connection = connection;
        }
    }

    private final Map<Key, Entry> byKey = new HashMap<>();
    private final Map<EchoConnection, Entry> byConnection = new IdentityHashMap<>();

    /** The connection for {@code key}, created with {@code factory} and started when there is none. */
    public synchronized EchoConnection acquire(Key key, Supplier<EchoConnection> factory) {
        Entry entry = byKey.get(key);
        if (entry == null) {
            EchoConnection connection = Objects.requireNonNull(factory.get(), "factory returned null");
            entry = new Entry(key, connection);
            byKey.put(key, entry);
            byConnection.put(connection, entry);
            connection.start();
        }
        entry.users++;
        return entry.connection;
    }

    /** One user leaves; the last one closes the connection. Unknown connections are ignored. */
    public void release(EchoConnection connection) {
        EchoConnection toClose = null;
        synchronized (this) {
            Entry entry = byConnection.get(connection);
            if (entry == null) {
                return;
            }
            if (--entry.users == 0) {
                byConnection.remove(connection);
                byKey.remove(entry.key);
                toClose = connection;
            }
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    /** Connections currently held. */
    public synchronized int size() {
        return byKey.size();
    }

    /** Users of the connection for {@code key}, 0 when there is none. */
    public synchronized int users(Key key) {
        Entry e = byKey.get(key);
        return e == null ? 0 : e.users;
    }

    /** Closes every connection (component shutdown). */
    @Override
    public void close() {
        List<EchoConnection> all;
        synchronized (this) {
            all = new ArrayList<>(byConnection.keySet());
            byConnection.clear();
            byKey.clear();
        }
        all.forEach(EchoConnection::close);
    }
}
