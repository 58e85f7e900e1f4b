package dev.vccexchange.camel.wire;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The Engine.IO handshake, {@code 0{"sid":..,"upgrades":[..],"pingInterval":25000,"pingTimeout":20000}}.
 *
 * @param sid          Engine.IO session id
 * @param pingInterval v3: how often the client pings; v4: how often the server pings
 * @param pingTimeout  v3: how long the client waits for any packet after a ping; v4: grace added to pingInterval
 * @param upgrades     transports the server would upgrade to (empty over WebSocket)
 * @param maxPayload   v4 only: bytes per polling payload; 0 when absent (v3)
 */
public record OpenPacket(String sid, Duration pingInterval, Duration pingTimeout, List<String> upgrades,
        long maxPayload) {

    public OpenPacket {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(pingTimeout, "pingTimeout");
        upgrades = upgrades == null ? List.of() : List.copyOf(upgrades);
    }
}
