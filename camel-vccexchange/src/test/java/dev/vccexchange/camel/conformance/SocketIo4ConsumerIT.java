package dev.vccexchange.camel.conformance;

import java.net.URI;
import java.util.Map;

/** The consumer contract against a real socket.io 4.8 server (EIO4 / protocol v5) speaking the Echo protocol. */
@RequiresNode
class SocketIo4ConsumerIT extends ConsumerConformanceContract {

    @Override
    ConformancePeer startPeer() {
        ChannelAuthStub auth = ChannelAuthStub.start(Map.of(ConformancePeer.USER1_KEY, "1"));
        SocketIo4Peer sio = SocketIo4Peer.builder().authHost(auth.authHost()).ping(PING_INTERVAL, PING_TIMEOUT)
                .start();
        return new NodeConformancePeer(auth, 4) {
            @Override
            public URI socketUrl() {
                return sio.socketUrl();
            }

            @Override
            public void publish(String channel, String event, String dataJson) {
                sio.publish(channel, event, dataJson);
            }

            @Override
            public boolean hasSubscriber(String channel) {
                return sio.sockets().stream().anyMatch(s -> s.rooms().contains(channel));
            }

            @Override
            public int socketCount() {
                return sio.socketCount();
            }

            @Override
            public void disconnectAll() {
                sio.disconnectAll();
            }

            @Override
            public void closeAll() {
                sio.closeAll();
            }

            @Override
            void closePeer() {
                sio.close();
            }
        };
    }
}
