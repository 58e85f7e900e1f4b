package dev.vccexchange.benchmarks;

/**
 * Entry point: {@code java -jar benchmarks/target/benchmarks.jar [socket|rest|all]}. See docs/benchmarks.md.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "all";
        if (which.equals("socket") || which.equals("all")) {
            System.out.println("== socket: events/s, latency, allocation");
            SocketBenchmark.run(intProperty("events", 200_000), intProperty("latencyRate", 5_000),
                                intProperty("latencyEvents", 25_000));
        }
        if (which.equals("rest") || which.equals("all")) {
            System.out.println("== rest: placeOrder round trips");
            PlaceOrderBenchmark.run(intProperty("orders", 10_000));
        }
        System.exit(0);
    }

    private static int intProperty(String name, int defaultValue) {
        return Integer.getInteger(name, defaultValue);
    }
}
