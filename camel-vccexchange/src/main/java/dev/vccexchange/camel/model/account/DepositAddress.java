package dev.vccexchange.camel.model.account;

/**
 * {@code GET deposit-address}: {@code status} is {@code REQUESTED} while the address is being generated (address
 * empty) and {@code PROVISIONED} once ready.
 */
public record DepositAddress(String status, String blockchainAddress, String blockchainTag, String currency) {

    public boolean isReady() {
        return "PROVISIONED".equalsIgnoreCase(status) && blockchainAddress != null && !blockchainAddress.isBlank();
    }
}
