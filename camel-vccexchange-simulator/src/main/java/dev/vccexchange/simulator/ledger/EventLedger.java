package dev.vccexchange.simulator.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.simulator.SimulatorEvents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every event the engine emitted, in order, with a global and a per-channel sequence number, so a test can prove
 * that a client saw all of them (e.g. across a socket fault). Bounded: past {@code capacity} the oldest entries are
 * dropped (sequence numbers keep counting; {@link #firstRetainedSeq()} says where the record starts).
 *
 * <p>Thread: synchronized; {@link #publish} is called under the engine lock.
 */
public final class EventLedger implements SimulatorEvents {

    /** Private channel of a user. */
    public static String userChannel(long userId) {
        return "private-App.User." + userId;
    }

    static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private final int capacity;
    private final Deque<LedgerEntry> entries = new ArrayDeque<>();
    private final Map<String, Long> channelSeqs = new HashMap<>();
    private long seq;

    public EventLedger(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void publish(String channel, String event, JsonNode payload) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("payload not serializable", e);
        }
        long cs = channelSeqs.merge(channel, 1L, Long::sum);
        entries.addLast(new LedgerEntry(++seq, cs, channel, event, json, System.currentTimeMillis()));
        while (entries.size() > capacity) {
            entries.removeFirst();
        }
    }

    /** Everything retained, oldest first. */
    public synchronized List<LedgerEntry> all() {
        return List.copyOf(entries);
    }

    public List<LedgerEntry> channel(String channel) {
        return filter(e -> e.channel().equals(channel));
    }

    /** The user's private-channel events, oldest first. */
    public List<LedgerEntry> user(long userId) {
        return channel(userChannel(userId));
    }

    /** Events on public channels (App.Orders, App.OrderBook, App.Prices), oldest first. */
    public List<LedgerEntry> publicEvents() {
        return filter(e -> !e.channel().startsWith("private-"));
    }

    /** Entries with {@code seq > afterSeq}. */
    public List<LedgerEntry> since(long afterSeq) {
        return filter(e -> e.seq() > afterSeq);
    }

    public synchronized List<LedgerEntry> filter(Predicate<LedgerEntry> p) {
        List<LedgerEntry> out = new ArrayList<>();
        for (LedgerEntry e : entries) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Sequence number of the last event emitted (0 before any). */
    public synchronized long lastSeq() {
        return seq;
    }

    public synchronized long firstRetainedSeq() {
        return entries.isEmpty() ? seq + 1 : entries.peekFirst().seq();
    }

    /** Forgets the retained entries; sequence numbers keep counting. */
    public synchronized void clear() {
        entries.clear();
    }
}
