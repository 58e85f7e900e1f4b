package dev.vccexchange.simulator;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar camel-vccexchange-simulator.jar [--rest-port N] [--socket-port N] [--seed N]
 * [--account KEY:SECRET:USERID]... [--trade-rate N]}. Prints one {@code VCC SIMULATOR READY ...} line once both
 * servers listen, then one {@code account key=<key> userId=<id>} line per account (never a secret). Stops on SIGTERM.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    public static void main(String[] args) throws Exception {
        VccSimulator sim;
        try {
            sim = parse(args).build();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.stop();
            stopped.countDown();
        }, "vcc-sim-shutdown"));
        run(sim, System.out);
        stopped.await();
    }

    static final String USAGE = "usage: java -jar camel-vccexchange-simulator.jar [--rest-port N] [--socket-port N]"
            + " [--seed N] [--account KEY:SECRET:USERID]... [--trade-rate N]";

    /** Starts {@code sim} and prints the READY and account lines (for in-process tests too). */
    static void run(VccSimulator sim, PrintStream out) throws java.io.IOException {
        sim.start(); // returns once REST and the socket server (if plugged in) listen
        out.println(readyLine(sim));
        for (SimulatorAccount a : sim.accounts()) {
            out.println("account key=" + a.apiKey() + " userId=" + a.userId());
        }
        out.flush();
    }

    static String readyLine(VccSimulator sim) {
        return "VCC SIMULATOR READY rest=" + sim.restUrl() + " socket=" + (sim.hasSocket() ? sim.socketUrl() : "none");
    }

    static VccSimulator.Builder parse(String[] args) {
        VccSimulator.Builder b = VccSimulator.builder();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                throw new IllegalArgumentException("help requested");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + a);
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--rest-port" -> b.restPort(Integer.parseInt(v));
                    case "--socket-port" -> b.socketPort(Integer.parseInt(v));
                    case "--seed" -> b.seed(Long.parseLong(v));
                    case "--trade-rate" -> b.tradeRate(Double.parseDouble(v));
                    case "--account" -> b.account(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a number for " + a + ": " + v);
            }
        }
        return b;
    }
}
