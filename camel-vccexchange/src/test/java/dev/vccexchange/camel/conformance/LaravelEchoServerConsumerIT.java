package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.util.Map;

/** The consumer contract against the real laravel-echo-server 1.6.3 (socket.io 2.5.1, EIO3): VCC's own server. */
@RequiresNode
class LaravelEchoServerConsumerIT extends ConsumerConformanceContract {

    @Override
    ConformancePeer startPeer() {
        ChannelAuthStub auth = ChannelAuthStub.start(Map.of(ConformancePeer.USER1_KEY, "1"));
        LaravelEchoServerPeer echo = LaravelEchoServerPeer.builder().authHost(auth.authHost())
                .ping(PING_INTERVAL, PING_TIMEOUT).start();
        return new NodeConformancePeer(auth, 3) {
            @Override
            public URI socketUrl() {
                return echo.socketUrl();
            }

            @Override
            public void publish(String channel, String event, String dataJson) {
                echo.publish(channel, event, dataJson);
            }

            @Override
            public boolean hasSubscriber(String channel) {
                return echo.sockets().stream().anyMatch(s -> s.rooms().contains(channel));
            }

            @Override
            public int socketCount() {
                return echo.socketCount();
            }

            @Override
            public void disconnectAll() {
                echo.disconnectAll();
            }

            @Override
            public void closeAll() {
                echo.closeAll();
            }

            @Override
            void closePeer() {
                echo.close();
            }
        };
    }
}
