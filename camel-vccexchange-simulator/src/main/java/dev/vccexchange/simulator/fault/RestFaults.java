package dev.vccexchange.simulator.fault;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * REST faults on demand. Faults queue up in the order they are added; each REST call to {@code /v3} consumes the
 * head. "Accept then 500" is separate: only a successful {@code POST orders} consumes it.
 *
 * <p>Thread: synchronized; configured by tests, consumed by the HTTP server threads.
 */
public final class RestFaults {

    private final Deque<RestFault> queue = new ArrayDeque<>();
    private int acceptThenFail;
    private long injected;

    /** The next {@code n} REST calls get {@code fault}. */
    public synchronized RestFaults failNext(int n, RestFault fault) {
        for (int i = 0; i < n; i++) {
            queue.addLast(fault);
        }
        return this;
    }

    public RestFaults tooManyRequests(int n) {
        return failNext(n, RestFault.tooManyRequests());
    }

    public RestFaults internalError(int n) {
        return failNext(n, RestFault.internalError());
    }

    public RestFaults gatewayTimeout(int n) {
        return failNext(n, RestFault.gatewayTimeout());
    }

    public RestFaults cloudflare403(int n) {
        return failNext(n, RestFault.cloudflare403());
    }

    public RestFaults delay(int n, java.time.Duration d) {
        return failNext(n, RestFault.delay(d));
    }

    /**
     * The next {@code n} successful {@code POST orders} place the order (it is in the book, ledger and events) but the
     * client gets 500: VCC's "execution status is UNKNOWN".
     */
    public synchronized RestFaults acceptThenFailNextOrders(int n) {
        acceptThenFail += n;
        return this;
    }

    /** For the REST server: the fault for this call, or null. */
    public synchronized RestFault poll() {
        RestFault f = queue.pollFirst();
        if (f != null) {
            injected++;
        }
        return f;
    }

    /** For the REST server, after a successful POST orders: true when this answer must become a 500. */
    public synchronized boolean pollAcceptThenFail() {
        if (acceptThenFail > 0) {
            acceptThenFail--;
            injected++;
            return true;
        }
        return false;
    }

    /** Faults still queued (including accept-then-fail). */
    public synchronized int pending() {
        return queue.size() + acceptThenFail;
    }

    /** Faults injected so far. */
    public synchronized long injected() {
        return injected;
    }

    public synchronized void reset() {
        queue.clear();
        acceptThenFail = 0;
    }
}
