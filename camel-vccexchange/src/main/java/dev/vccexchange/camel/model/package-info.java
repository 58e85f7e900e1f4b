/**
 * Immutable records of what VCC sends and accepts; {@code BigDecimal} for every amount, epoch-ms {@code Long}s for
 * times. Read them with {@link dev.vccexchange.camel.model.VccJson#mapper()}, which is lenient about numbers as
 * strings, unknown fields, nulls and PHP's {@code []} for an empty object. Subpackages: {@code account},
 * {@code trade}, {@code market}, {@code event} (socket bodies, each with {@code from(JsonNode data)}).
 */
package dev.vccexchange.camel.model;
