package dev.vccexchange.simulator.fault;

import java.time.Duration;

/**
 * One injected REST answer.
 *
 * @param delay for {@link Kind#DELAY}: how long to hold the call before answering it normally
 */
public record RestFault(Kind kind, Duration delay) {

    public enum Kind {
        /** 429 {@code {"code":429,...}} with {@code Retry-After: 1}. */
        TOO_MANY_REQUESTS,
        /** 500 {@code {"message":"Server Error"}}. */
        INTERNAL_ERROR,
        /** 504 {@code {"code":504,"message":"Gateway Timeout","description":""}}. */
        GATEWAY_TIMEOUT,
        /** 403 Cloudflare "Access denied" HTML page. */
        CLOUDFLARE_403,
        /** Answers normally after {@link #delay()}. */
        DELAY
    }

    public static RestFault tooManyRequests() {
        return new RestFault(Kind.TOO_MANY_REQUESTS, Duration.ZERO);
    }

    public static RestFault internalError() {
        return new RestFault(Kind.INTERNAL_ERROR, Duration.ZERO);
    }

    public static RestFault gatewayTimeout() {
        return new RestFault(Kind.GATEWAY_TIMEOUT, Duration.ZERO);
    }

    public static RestFault cloudflare403() {
        return new RestFault(Kind.CLOUDFLARE_403, Duration.ZERO);
    }

    public static RestFault delay(Duration d) {
        return new RestFault(Kind.DELAY, d);
    }
}
