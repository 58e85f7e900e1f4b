/**
 * One exception hierarchy under {@link dev.vccexchange.camel.error.VccExchangeException}. REST answers map to
 * {@link dev.vccexchange.camel.error.VccApiException} subtypes carrying the operation, HTTP status, VCC's
 * {@code message} and {@code errors}. Messages never contain the API key, secret or signature.
 * (Deviation from the layering table: {@code VccUnknownOrderOutcomeException} imports the pure model record
 * {@code OrderRequest}, so that the order that was sent travels with the exception.)
 */
package dev.vccexchange.camel.error;
