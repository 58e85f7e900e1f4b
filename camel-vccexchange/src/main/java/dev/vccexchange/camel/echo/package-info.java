/**
 * Laravel Echo semantics on a session: channels, {@code subscribe}/{@code unsubscribe}, {@code subscription_error},
 * replay of every wanted subscription after each (re)connect, and one shared, reference-counted connection per
 * account ({@link dev.vccexchange.camel.echo.EchoConnectionRegistry}).
 */
package dev.vccexchange.camel.echo;
