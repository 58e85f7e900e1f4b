package dev.vccexchange.simulator.socket;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Session ids shaped like the npm {@code base64id} module's (engine.io and socket.io): 12 random bytes followed by
 * the low 24 bits of a sequence number, base64 with {@code /}→{@code _} and {@code +}→{@code -}: 20 characters,
 * e.g. {@code byos8k_QQ_ZgwR8KAAAB}.
 */
final class SidGenerator {

    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger sequence = new AtomicInteger();

    String next() {
        byte[] id = new byte[15];
        random.nextBytes(id);
        int seq = sequence.incrementAndGet();
        id[12] = (byte) (seq >>> 16);
        id[13] = (byte) (seq >>> 8);
        id[14] = (byte) seq;
        return Base64.getEncoder().encodeToString(id).replace('/', '_').replace('+', '-');
    }
}
