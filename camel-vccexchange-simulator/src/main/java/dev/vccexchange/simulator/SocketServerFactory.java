package dev.vccexchange.simulator;

import java.io.IOException;

/**
 * Plugs a socket server into {@link VccSimulator}, through {@code VccSimulator.Builder.socketServerFactory(..)} or
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.vccexchange.simulator.SocketServerFactory}). The
 * integrator adapts {@code dev.vccexchange.simulator.socket.EchoSocketServer}, roughly:
 *
 * <pre>{@code
 * (port, ctx) -> {
 *     EchoSocketServer s = new EchoSocketServer(SocketServerOptions.defaults().withPort(port), ctx::authorize);
 *     return new PluggedSocketServer() {
 *         public void start() throws IOException { s.start(); }
 *         public String url() { return s.url(); }
 *         public Object faults() { return s.faults(); }
 *         public void close() { s.close(); }
 *         public void publish(String channel, String event, JsonNode payload) { s.publish(channel, event, payload); }
 *     };
 * }
 * }</pre>
 *
 * {@link PluggedSocketServer#publish} is called under the engine lock, in emission order: it must only enqueue.
 */
@FunctionalInterface
public interface SocketServerFactory {

    /** @param port 0 for a free port */
    PluggedSocketServer create(int port, SocketContext context) throws IOException;

    /** A socket server as the simulator sees it: it receives every engine event through {@link #publish}. */
    interface PluggedSocketServer extends SimulatorEvents, AutoCloseable {

        /** Returns once the server listens. */
        void start() throws IOException;

        /** {@code ws://127.0.0.1:<port>}; valid after {@link #start()}. */
        String url();

        /** The socket server's own fault controls (type chosen by the socket server). */
        Object faults();

        /** Clears injected socket faults (called between tests). */
        default void resetFaults() {
        }

        @Override
        void close();
    }
}
