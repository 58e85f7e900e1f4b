/**
 * The simulator's socket server: a laravel-echo-server 1.6.3 look-alike speaking socket.io over WebSocket only,
 * on a hand-written RFC 6455 server ({@code java.net.ServerSocket}, one acceptor thread, a reader and a writer
 * thread per connection, one shared timer thread).
 *
 * <ul>
 * <li>{@code /socket.io/?EIO=3&transport=websocket}: engine.io 3.6.2 / socket.io 2.5.1. Open packet then
 * {@code 40} at once; the client pings ({@code 2}, also {@code 2probe}) and gets a bare {@code 3}; no packet for
 * pingInterval + pingTimeout closes with a bare close frame.</li>
 * <li>{@code EIO=4}: socket.io 4 rules (open packet with {@code maxPayload}, the client's {@code 40} answered with
 * {@code 40{"sid":..}}, server pings, missing pong closes). Note that the real laravel-echo-server treats
 * {@code EIO=4} like {@code EIO=3}.</li>
 * <li>laravel-echo-server events: {@code subscribe} (private/presence through the {@link
 * dev.vccexchange.simulator.socket.ChannelAuthorizer}, silent on success, {@code subscription_error} otherwise),
 * {@code unsubscribe}, {@code client event} (whispers). No acks. {@code 41} leaves every room and keeps the
 * socket.</li>
 * </ul>
 *
 * <p>Not implemented: HTTP long-polling and upgrades, permessage-deflate, binary socket.io packets (ignored),
 * presence member lists ({@code presence:subscribed/joining/leaving}: the authorizer gives no channel_data, and
 * laravel-echo-server sends none without it either).
 */
package dev.vccexchange.simulator.socket;
