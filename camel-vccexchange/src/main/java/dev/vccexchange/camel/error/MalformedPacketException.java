package dev.vccexchange.camel.error;

/**
 * An inbound Engine.IO / Socket.IO frame that this client cannot decode: bad JSON, an unknown packet type, an empty
 * frame, or a binary packet (the exchange never sends binary). The session reports it and goes on reading.
 *
 * <p>The message shows the offending frame, truncated to {@value #MAX_FRAME_CHARS} characters. Only frames received
 * from the server end up here; they carry no credentials.
 */
public class MalformedPacketException extends VccExchangeException {

    /** How much of the offending frame the message quotes. */
    public static final int MAX_FRAME_CHARS = 200;

    private final String reason;

    public MalformedPacketException(String reason, String frame) {
        this(reason, frame, null);
    }

    public MalformedPacketException(String reason, String frame, Throwable cause) {
        super("Malformed socket.io packet (" + reason + "): " + quote(frame), cause);
        this.reason = reason;
    }

    /** What is wrong with the frame, without the frame itself (safe to log at any level). */
    public String reason() {
        return reason;
    }

    static String quote(String frame) {
        if (frame == null) {
            return "<null>";
        }
        if (frame.length() <= MAX_FRAME_CHARS) {
            return '"' + frame + '"';
        }
        return '"' + frame.substring(0, MAX_FRAME_CHARS) + "\"... (" + frame.length() + " chars)";
    }
}
