package dev.vccexchange.examples.journal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.Body;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;

/**
 * Counters for the live summary line: events received per stream and rows written, plus the socket state of each
 * stream from Camel's consumer health checks ({@code consumer:vcc-balance}, ...). Bound as {@code stats}; the YAML
 * routes call it as a bean. A bean because a counter map and a health-check lookup are not readable in YAML.
 */
public class JournalStats {

    /** The routes that consume a vccexchange stream; their health check is {@code consumer:<routeId>}. */
    static final String STREAM_ROUTE_PREFIX = "vcc-";

    private final Map<String, LongAdder> received = new ConcurrentHashMap<>();
    private final LongAdder written = new LongAdder();

    public void received(String stream) {
        received.computeIfAbsent(stream, s -> new LongAdder()).increment();
    }

    /** @param rows the SQL update count (0 when a replayed or older event changed nothing) */
    public void written(Integer rows) {
        if (rows != null) {
            written.add(rows);
        }
    }

    public long eventCount(String stream) {
        LongAdder count = received.get(stream);
        return count == null ? 0 : count.sum();
    }

    public long rowsWritten() {
        return written.sum();
    }

    /**
     * The summary line, e.g. {@code events balance=4 orders=9 trades=120 | rows written=133 | tables balances=3
     * orders=4 trades=120 | sockets balance=UP orders=UP trades=UP}.
     *
     * @param tables the row count of each table (a one-row SQL result)
     * @param camelContext bound by Camel's bean binding
     */
    public String summary(@Body Map<String, Object> tables, CamelContext camelContext) {
        return "events " + counts("balance", "orders", "trades")
               + " | rows written=" + written.sum()
               + " | tables balances=" + tables.get("balances") + " orders=" + tables.get("orders")
               + " trades=" + tables.get("trades")
               + " | sockets " + sockets(camelContext);
    }

    private String counts(String... streams) {
        StringBuilder out = new StringBuilder();
        for (String stream : streams) {
            out.append(out.isEmpty() ? "" : " ").append(stream).append('=').append(eventCount(stream));
        }
        return out.toString();
    }

    /** {@code balance=UP orders=DOWN (reconnecting in 2.1 s ...)}: one entry per consumer health check. */
    static String sockets(CamelContext camelContext) {
        Map<String, String> states = new TreeMap<>();
        for (HealthCheck.Result result : HealthCheckHelper.invoke(camelContext, "full")) {
            String id = result.getCheck().getId();
            String prefix = "consumer:" + STREAM_ROUTE_PREFIX;
            if (id.startsWith(prefix)) {
                String state = result.getState().name();
                if (result.getState() != HealthCheck.State.UP && result.getMessage().isPresent()) {
                    state += " (" + result.getMessage().get() + ")";
                }
                states.put(id.substring(prefix.length()), state);
            }
        }
        return states.isEmpty() ? "-" : states.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
