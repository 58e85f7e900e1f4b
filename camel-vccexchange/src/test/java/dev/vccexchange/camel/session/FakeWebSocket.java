package dev.vccexchange.camel.session;

import java.io.IOException;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * For testing: an in-memory {@link WebSocket}. Records what the client sends, how many frames it requested and
 * whether it aborted; the test plays the server by calling the captured {@link WebSocket.Listener}.
 */
public final class FakeWebSocket implements WebSocket {

    private final WebSocket.Listener listener;
    private final List<String> sent = new ArrayList<>();
    private long requested;
    private Integer closeSent;
    private boolean aborted;
    private boolean failSends;
    private boolean holdSends;

    public FakeWebSocket(WebSocket.Listener listener) {
        this.listener = listener;
    }

    // --- the server side, driving the client's listener ---

    public FakeWebSocket serverText(String frame) {
        listener.onText(this, frame, true);
        return this;
    }

    public FakeWebSocket serverPartial(String part, boolean last) {
        listener.onText(this, part, last);
        return this;
    }

    public FakeWebSocket serverBinary(byte... bytes) {
        listener.onBinary(this, ByteBuffer.wrap(bytes), true);
        return this;
    }

    public FakeWebSocket serverClose(int code, String reason) {
        listener.onClose(this, code, reason);
        return this;
    }

    public FakeWebSocket tcpError(String message) {
        listener.onError(this, new IOException(message));
        return this;
    }

    public WebSocket.Listener listener() {
        return listener;
    }

    // --- what the client did ---

    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    public synchronized long requested() {
        return requested;
    }

    public synchronized Integer closeSent() {
        return closeSent;
    }

    public synchronized boolean aborted() {
        return aborted;
    }

    /** Makes every later sendText fail, like a broken pipe. */
    public synchronized void failSends() {
        failSends = true;
    }

    /** Makes every later sendText hang (never complete), like a peer that stopped reading. */
    public synchronized void holdSends() {
        holdSends = true;
    }

    // --- WebSocket ---

    @Override
    public synchronized CompletableFuture<WebSocket> sendText(CharSequence data, boolean last) {
        if (failSends) {
            return CompletableFuture.failedFuture(new IOException("Broken pipe"));
        }
        sent.add(data.toString());
        return holdSends ? new CompletableFuture<>() : CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendBinary(ByteBuffer data, boolean last) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPing(ByteBuffer message) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public CompletableFuture<WebSocket> sendPong(ByteBuffer message) {
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public synchronized CompletableFuture<WebSocket> sendClose(int statusCode, String reason) {
        closeSent = statusCode;
        return CompletableFuture.completedFuture(this);
    }

    @Override
    public synchronized void request(long n) {
        requested += n;
    }

    @Override
    public String getSubprotocol() {
        return "";
    }

    @Override
    public synchronized boolean isOutputClosed() {
        return closeSent != null || aborted;
    }

    @Override
    public synchronized boolean isInputClosed() {
        return aborted;
    }

    @Override
    public synchronized void abort() {
        aborted = true;
    }
}
