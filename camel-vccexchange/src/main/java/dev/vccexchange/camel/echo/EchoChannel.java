package dev.vccexchange.camel.echo;

import java.util.Objects;

/**
 * A Laravel Echo channel name. laravel-echo-server treats a name as private/presence when it matches
 * {@code /private-.*}{@code /} or {@code /presence-.*}{@code /} <em>unanchored</em>, so {@code my-private-x} is
 * private too; {@link #isPrivate()} mirrors that test exactly.
 */
public record EchoChannel(String name) {

    public EchoChannel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("Channel name must not be blank");
        }
    }

    public static EchoChannel of(String name) {
        return new EchoChannel(name);
    }

    /** {@code private-App.User.{id}}: a user's balances, orders and trades. */
    public static EchoChannel privateUser(long userId) {
        return new EchoChannel("private-App.User." + userId);
    }

    /** {@code private-<name>}. */
    public static EchoChannel privateChannel(String name) {
        return new EchoChannel("private-" + name);
    }

    /** {@code presence-<name>}. */
    public static EchoChannel presence(String name) {
        return new EchoChannel("presence-" + name);
    }

    /** True when the server asks the auth host before joining: private and presence channels. */
    public boolean isPrivate() {
        return name.contains("private-") || isPresence();
    }

    public boolean isPresence() {
        return name.contains("presence-");
    }
}
