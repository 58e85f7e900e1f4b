package dev.vccexchange.simulator.socket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * laravel-echo-server's event handlers, as its source has them: {@code subscribe} (public channels joined at once,
 * {@code private-}/{@code presence-} ones through the authorizer, a refusal answered with
 * {@code subscription_error}), {@code unsubscribe}, and {@code client event} (whispers). The Engine.IO and
 * Socket.IO framing around them is {@link Connection}'s. Stateless.
 */
final class EchoEvents {

    private static final System.Logger LOG = System.getLogger(EchoEvents.class.getName());
    private static final Pattern PRIVATE_FIND = Pattern.compile("private-.*");
    private static final Pattern PRESENCE_FIND = Pattern.compile("presence-.*");
    private static final Pattern CLIENT_EVENT = Pattern.compile("client-.*");

    private EchoEvents() {
    }

    /** An EVENT packet's arguments: subscribe, unsubscribe, client event. Anything else is ignored. */
    static void onEvent(EchoSocketServer server, Connection connection, ArrayNode args) {
        String event = args.get(0).isTextual() ? args.get(0).textValue() : "";
        JsonNode arg = args.size() > 1 ? args.get(1) : null;
        switch (event) {
            case "subscribe" -> onSubscribe(server, connection, arg);
            case "unsubscribe" -> {
                String channel = channelOf(arg);
                if (channel != null) {
                    server.leave(connection, channel);
                }
            }
            case "client event" -> onClientEvent(server, connection, arg);
            default -> {
                // unknown events are ignored
            }
        }
    }

    private static String channelOf(JsonNode arg) {
        if (arg == null || !arg.isObject()) {
            return null;
        }
        JsonNode c = arg.get("channel");
        return c != null && c.isTextual() && !c.textValue().isEmpty() ? c.textValue() : null;
    }

    static boolean isPrivate(String channel) {
        return PRIVATE_FIND.matcher(channel).find() || PRESENCE_FIND.matcher(channel).find();
    }

    private static void onSubscribe(EchoSocketServer server, Connection connection, JsonNode arg) {
        String channel = channelOf(arg);
        if (channel == null) {
            return;
        }
        Integer refused = server.faults().takeRefusal();
        if (refused != null) {
            subscriptionError(connection, channel, refused);
            return;
        }
        if (!isPrivate(channel)) {
            server.join(connection, channel);
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        JsonNode h = arg.path("auth").path("headers");
        if (h.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                headers.put(e.getKey(), e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString());
            }
        }
        int status;
        try {
            status = server.authorizer().authorize(channel, headers);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "authorizer failed for " + channel, e);
            status = 500;
        }
        if (status == 200) {
            // presence: with no channel_data from the authorizer laravel-echo-server joins the room but sends no
            // presence:* events (PresenceChannel.join returns early when the member is missing)
            server.join(connection, channel);
        } else {
            subscriptionError(connection, channel, status);
        }
    }

    private static void subscriptionError(Connection connection, String channel, int status) {
        ArrayNode a = EchoSocketServer.MAPPER.createArrayNode().add("subscription_error").add(channel).add(status);
        connection.control(Frames.text("42" + a));
    }

    /** Whisper: forwarded to the other members when the event is client-*, the channel private and joined. */
    private static void onClientEvent(EchoSocketServer server, Connection connection, JsonNode arg) {
        JsonNode data = arg;
        if (data != null && data.isTextual()) {
            try {
                data = EchoSocketServer.MAPPER.readTree(data.textValue());
            } catch (IOException e) {
                return;
            }
        }
        if (data == null || !data.isObject()) {
            return;
        }
        JsonNode event = data.get("event");
        JsonNode channel = data.get("channel");
        if (event == null || !event.isTextual() || channel == null || !channel.isTextual()) {
            return;
        }
        String ch = channel.textValue();
        if (CLIENT_EVENT.matcher(event.textValue()).find() && isPrivate(ch) && connection.rooms.contains(ch)) {
            server.broadcastExcept(ch, event.textValue(), data.get("data"), connection);
        }
    }
}
