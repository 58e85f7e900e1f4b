package dev.vccexchange.camel.conformance;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vccexchange.simulator.VccSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/** The npm socket.io-client 2.x, the real client generation of VCC's server, receives a trade from the simulator. */
@RequiresNode
class SocketIoClient2AgainstSimulatorIT {

    @Test
    @Timeout(60)
    void aRealSocketIoClient2ReceivesATradeFromTheSimulator() throws Exception {
        NodePeers.ensureInstalled();
        try (VccSimulator simulator = VccSimulator.builder().tradeRate(10).seed(7).build().start()) {
            Process client = new ProcessBuilder(NodePeers.node().toString(),
                    NodePeers.peersDir().resolve("sio2-client.js").toString(), simulator.socketUrl(), "App.Orders",
                    "App\\Events\\OrderTransactionCreated").redirectErrorStream(true).start();
            try {
                String line;
                String event = null;
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
                    while ((line = out.readLine()) != null) {
                        if (line.startsWith("EVENT ")) {
                            event = line;
                            break;
                        }
                    }
                }
                assertThat(client.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(client.exitValue()).as("client exit code; output: %s", event).isZero();
                assertThat(event).startsWith("EVENT App.Orders ");
                JsonNode payload = new ObjectMapper().readTree(event.substring("EVENT App.Orders ".length()));
                JsonNode trade = payload.at("/data/orderTransaction");
                assertThat(trade.path("id").isMissingNode()).isFalse();
                assertThat(trade.path("price").asText()).matches("\\d+(\\.\\d+)?");
                assertThat(payload.has("socket")).as("laravel's payload shape").isTrue();
            } finally {
                client.destroyForcibly();
            }
        }
    }
}
