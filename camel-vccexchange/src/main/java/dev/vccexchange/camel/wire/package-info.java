/**
 * Engine.IO (v3/v4) and Socket.IO (protocol v4/v5) packets as records, and pure codecs from a WebSocket text
 * frame to a packet and back. No I/O, no threads, no Camel. Binary packets are rejected: laravel-echo-server never
 * sends them. See {@code /work/shared/reference/socketio-wire.md} for the frames these codecs were written against.
 */
package dev.vccexchange.camel.wire;
