package dev.vccexchange.simulator;

import java.io.IOException;

/**
 * Plugs a socket server into {@link VccSimulator}. The integrator adapts
 * {@code dev.vccexchange.simulator.socket.EchoSocketServer} to {@link PluggedSocketServer}.
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
