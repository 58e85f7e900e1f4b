package dev.vccexchange.camel.echo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vccexchange.camel.wire.SocketIoCodec;
import dev.vccexchange.camel.wire.WireJson;

/** The client-to-server frames of laravel-echo-server. Pure; the frames may hold the API key: never log them. */
final class EchoMessages {

    /** Event name of a failed private/presence auth: {@code 42["subscription_error",channel,status]}. */
    static final String SUBSCRIPTION_ERROR = "subscription_error";

    private EchoMessages() {
    }

    /**
     * {@code 42["subscribe",{"channel":"private-App.User.1","auth":{"headers":{"Authorization":"Bearer KEY"}}}]}
     * for private/presence channels with a key, {@code 42["subscribe",{"channel":"App.Orders","auth":{}}]}
     * otherwise.
     */
    static String subscribe(EchoChannel channel, String apiKey) {
        ObjectNode arg = WireJson.NODES.objectNode();
        arg.put("channel", channel.name());
        ObjectNode auth = arg.putObject("auth");
        if (channel.isPrivate() && apiKey != null) {
            auth.putObject("headers").put("Authorization", "Bearer " + apiKey);
        }
        return SocketIoCodec.eventFrame("subscribe", arg);
    }

    /** {@code 42["unsubscribe",{"channel":"..."}]}. */
    static String unsubscribe(EchoChannel channel) {
        ObjectNode arg = WireJson.NODES.objectNode();
        arg.put("channel", channel.name());
        return SocketIoCodec.eventFrame("unsubscribe", arg);
    }
}
