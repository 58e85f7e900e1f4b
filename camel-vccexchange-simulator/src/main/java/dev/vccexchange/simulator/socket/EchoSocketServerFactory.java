package dev.vccexchange.simulator.socket;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.simulator.SocketContext;
import dev.vccexchange.simulator.SocketServerFactory;

/**
 * Plugs {@link EchoSocketServer} into the simulator (found through {@code META-INF/services}): the engine's events
 * go to the socket rooms, and private channels are authorized against the simulator's accounts.
 */
public final class EchoSocketServerFactory implements SocketServerFactory {

    @Override
    public PluggedSocketServer create(int port, SocketContext context) {
        EchoSocketServer server = new EchoSocketServer(SocketServerOptions.defaults().withPort(port), context::authorize);
        return new PluggedSocketServer() {
            @Override
            public void start() throws IOException {
                server.start();
            }

            @Override
            public String url() {
                return server.url();
            }

            @Override
            public Object faults() {
                return server.faults();
            }

            @Override
            public void resetFaults() {
                server.faults().stopAnsweringPings(false);
            }

            @Override
            public void publish(String channel, String event, JsonNode payload) {
                server.publish(channel, event, payload);
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }
}
