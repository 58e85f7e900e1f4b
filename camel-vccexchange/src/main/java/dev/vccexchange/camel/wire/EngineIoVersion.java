package dev.vccexchange.camel.wire;

/**
 * Engine.IO protocol revision, sent as the {@code EIO} query parameter. laravel-echo-server 1.6.x (socket.io 2.x)
 * speaks {@link #V3}: the client pings and the server sends {@code 40} by itself. socket.io 3.x/4.x speaks
 * {@link #V4}: the server pings and the client must send {@code 40}.
 */
public enum EngineIoVersion {
    V3(3),
    V4(4);

    private final int number;

    EngineIoVersion(int number) {
        this.number = number;
    }

    /** The value of the {@code EIO} query parameter. */
    public int number() {
        return number;
    }

    public static EngineIoVersion of(int number) {
        for (EngineIoVersion v : values()) {
            if (v.number == number) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unsupported Engine.IO version " + number + " (expected 3 or 4)");
    }
}
