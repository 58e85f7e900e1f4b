package dev.vccexchange.simulator.socket;

import java.util.concurrent.atomic.AtomicReference;

/** Fault injection on every connection of an {@link EchoSocketServer}. */
public final class SocketFaults {

    private final EchoSocketServer server;
    private volatile boolean pingsStopped;
    private final AtomicReference<Integer> refuseNext = new AtomicReference<>();

    SocketFaults(EchoSocketServer server) {
        this.server = server;
    }

    /** TCP reset of every connection ({@code SO_LINGER 0} then close): no close frame, the client sees 1006. */
    public void dropAll() {
        server.liveConnections().forEach(c -> c.abort("fault: dropAll"));
    }

    /**
     * Clean WebSocket close of every connection: a close frame without status (the client sees 1005), nothing
     * before it (no {@code 1}, no {@code 41}), like engine.io's {@code socket.close()}. Frames already queued are
     * sent first.
     */
    public void closeAll() {
        server.openConnections().forEach(c -> c.close("fault: closeAll", false));
    }

    /** {@code 41} then a close frame, like socket.io's {@code socket.disconnect(true)}. */
    public void disconnectAll() {
        server.openConnections().forEach(c -> c.close("fault: disconnectAll", true));
    }

    /**
     * EIO3: stop answering the client's {@code 2}. EIO4: stop sending {@code 2} and ignore {@code 3}. The server
     * does not close anybody for it; the client's own heartbeat timeout has to notice. {@code false} resumes.
     */
    public void stopAnsweringPings(boolean stop) {
        pingsStopped = stop;
    }

    public boolean pingsStopped() {
        return pingsStopped;
    }

    /** Sends this text frame as is to every connection (e.g. a malformed packet). */
    public void sendRaw(String frame) {
        byte[] f = Frames.text(frame);
        server.openConnections().forEach(c -> c.control(f));
    }

    /** Sends this binary frame to every connection. */
    public void sendBinary(byte[] data) {
        byte[] f = Frames.frame(Frames.OP_BINARY, data.clone());
        server.openConnections().forEach(c -> c.control(f));
    }

    /**
     * The next subscribe (private, presence or public, on any connection) is answered with
     * {@code 42["subscription_error",channel,status]} and not joined; the authorizer is not asked. One-shot.
     */
    public void refuseNextSubscription(int status) {
        refuseNext.set(status);
    }

    Integer takeRefusal() {
        return refuseNext.getAndSet(null);
    }
}
