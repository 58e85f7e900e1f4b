package dev.vccexchange.camel.model.account;

import java.math.BigDecimal;

/**
 * A deposit or withdrawal ({@code GET transactions}). {@code amount} is negative for withdrawals; {@code status}
 * is {@code pending|error|success|cancel}. Times are epoch ms.
 */
public record Transaction(String id, String userId, String transactionId, String currency, BigDecimal amount,
        BigDecimal fee, BigDecimal txCost, Integer confirmation, String status, String blockchainAddress,
        String destinationTag, String network, String errorDetail, Long transactionTimestamp, Long createdAt,
        Long updatedAt) {
}
