package dev.vccexchange.camel.conformance;

import java.util.List;

/** A socket as a peer sees it: its socket.io id, its current Engine.IO transport and the rooms it has joined. */
public record PeerSocket(String id, String transport, List<String> rooms) {
}
