/**
 * Signed REST v3 client for VCC Exchange, no Camel types. {@link dev.vccexchange.camel.rest.VccRestClient} (one per
 * account) is the entry point; {@link dev.vccexchange.camel.rest.RestTransport} signs, paces, sends and applies the
 * failure rules; {@link dev.vccexchange.camel.rest.ResponseMapper} is the one place that turns answers into
 * typed exceptions. Order-changing calls are sent once and never retried: an undecided outcome is a
 * {@link dev.vccexchange.camel.error.VccUnknownOrderOutcomeException}.
 */
package dev.vccexchange.camel.rest;
