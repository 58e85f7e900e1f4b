package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.vccexchange.camel.error.VccApiException;
import dev.vccexchange.camel.error.VccAuthenticationException;
import dev.vccexchange.camel.error.VccNotFoundException;
import dev.vccexchange.camel.error.VccPermissionException;
import dev.vccexchange.camel.error.VccRateLimitedException;
import dev.vccexchange.camel.error.VccServerException;
import dev.vccexchange.camel.error.VccUnexpectedResponseException;
import dev.vccexchange.camel.error.VccValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One fixture per body shape of vcc-api.md §1.2 and §4. */
class ResponseMapperTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final ResponseMapper mapper = new ResponseMapper(new Redactor("KEY-abcdef", "SECRET-123456"));

    private VccResponse map(int status, String body) {
        return mapper.map("op", status, body, null, NOW);
    }

    @Test
    void envelopeSuccess() {
        VccResponse r = map(200, "{\"message\":null,\"dataVersion\":\"6d72fb82\",\"data\":{\"a\":1}}");
        assertThat(r.data().get("a").asInt()).isEqualTo(1);
        assertThat(r.dataVersion()).isEqualTo("6d72fb82");
        assertThat(r.message()).isNull();
    }

    @Test
    void messageOnSuccessIsNotAnError() {
        VccResponse r = map(200, "{\"message\":\"Đặt lệnh thành công\",\"dataVersion\":\"v1\",\"data\":{\"id\":1}}");
        assertThat(r.message()).isEqualTo("Đặt lệnh thành công");
        assertThat(r.data().get("id").asInt()).isEqualTo(1);
    }

    @Test
    void bareArrayForChartBars() {
        VccResponse r = map(200, "[{\"low\":\"1\",\"time\":\"1605845940000\"}]");
        assertThat(r.data().isArray()).isTrue();
        assertThat(r.dataVersion()).isNull();
    }

    @Test
    void emptySuccessBodyHasNoData() {
        assertThat(map(204, "").hasData()).isFalse();
        assertThat(map(200, "{\"message\":null,\"dataVersion\":\"v\",\"data\":null}").hasData()).isFalse();
    }

    @Test
    void unauthenticated() {
        assertThatThrownBy(() -> map(401, "{\"message\":\"Unauthenticated.\"}"))
                .isInstanceOf(VccAuthenticationException.class)
                .hasMessage("op failed: HTTP 401: Unauthenticated.")
                .asInstanceOf(type(VccApiException.class))
                .satisfies(e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.serverMessage()).isEqualTo("Unauthenticated.");
                });
    }

    @Test
    void invalidSignatureIsAuthentication() {
        assertThatThrownBy(() -> map(422, "{\"message\":\"The given data was invalid.\","
                + "\"errors\":{\"signature\":[\"HMAC signature is invalid\"]}}"))
                .isInstanceOf(VccAuthenticationException.class)
                .asInstanceOf(type(VccApiException.class))
                .satisfies(e -> assertThat(e.errors()).containsEntry("signature", List.of("HMAC signature is invalid")));
    }

    @Test
    void securityLevelIsPermission() {
        assertThatThrownBy(() -> map(400, "{\"message\":\"error_security_level\"}"))
                .isInstanceOf(VccPermissionException.class);
        assertThatThrownBy(() -> map(403, "{\"message\":\"This action is unauthorized.\"}"))
                .isInstanceOf(VccPermissionException.class).hasMessageContaining("403");
    }

    @Test
    void validationWithErrorsMap() {
        String body = "{\"message\":\"The given data was invalid.\",\"errors\":{\"quantity\":"
                + "[\"The quantity field is required when type is market.\"],\"coin\":[\"Trading pair is invalid\"]}}";
        assertThatThrownBy(() -> map(422, body))
                .isInstanceOf(VccValidationException.class)
                .hasMessageContaining("HTTP 422").hasMessageContaining("The given data was invalid.")
                .asInstanceOf(type(VccValidationException.class))
                .satisfies(e -> {
                    assertThat(e.isLocal()).isFalse();
                    assertThat(e.errors()).containsOnlyKeys("quantity", "coin");
                    assertThat(e.errors().get("coin")).containsExactly("Trading pair is invalid");
                });
    }

    @Test
    void insufficientBalance() {
        assertThatThrownBy(() -> map(400, "{\"message\":\"Insufficient balance.\"}"))
                .isInstanceOf(VccValidationException.class).hasMessageContaining("Insufficient balance.");
    }

    @Test
    void dataNotFound() {
        assertThatThrownBy(() -> map(404, "{\"message\":\"Data not found\"}"))
                .isInstanceOf(VccNotFoundException.class);
        assertThatThrownBy(() -> map(400, "{\"message\":\"Data not found\"}"))
                .isInstanceOf(VccNotFoundException.class).hasMessageContaining("HTTP 400");
        assertThatThrownBy(() -> map(200, "{\"message\":\"Data not found\",\"dataVersion\":\"x\",\"data\":null}"))
                .isInstanceOf(VccNotFoundException.class);
    }

    @Test
    void gatewayStyleRateLimitWithRetryAfterSeconds() {
        assertThatThrownBy(() -> mapper.map("op", 429,
                "{\"code\":429,\"message\":\"Too many requests\",\"description\":\"Too many requests\"}", "7", NOW))
                .isInstanceOf(VccRateLimitedException.class)
                .asInstanceOf(type(VccRateLimitedException.class))
                .satisfies(e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));
    }

    @Test
    void retryAfterAsHttpDate() {
        assertThat(ResponseMapper.parseRetryAfter("Fri, 04 Dec 2026 12:00:05 GMT", NOW)).isEqualTo(Duration.ofSeconds(5));
        assertThat(ResponseMapper.parseRetryAfter("garbage", NOW)).isNull();
        assertThat(ResponseMapper.parseRetryAfter(null, NOW)).isNull();
    }

    @Test
    void gatewayStyle504() {
        assertThatThrownBy(() -> map(504, "{\"code\":504,\"message\":\"Gateway Timeout\",\"description\":\"\"}"))
                .isInstanceOf(VccServerException.class).hasMessage("op failed: HTTP 504: Gateway Timeout");
    }

    @Test
    void gatewayStyleCodeInsideA200IsAnError() {
        assertThatThrownBy(() -> map(200, "{\"code\":504,\"message\":\"Gateway Timeout\",\"description\":\"\"}"))
                .isInstanceOf(VccServerException.class)
                .satisfies(e -> assertThat(((VccServerException) e).httpStatus()).isEqualTo(504));
    }

    @Test
    void internalServerError() {
        assertThatThrownBy(() -> map(500, "{\"message\":\"Server Error\"}"))
                .isInstanceOf(VccServerException.class).hasMessage("op failed: HTTP 500: Server Error");
        assertThatThrownBy(() -> map(503, "")).isInstanceOf(VccServerException.class);
    }

    @Test
    void maintenance503CarriesRetryAfter() {
        assertThatThrownBy(() -> mapper.map("op", 503, "{\"message\":\"Maintenance\"}", "30", NOW))
                .isInstanceOf(VccServerException.class)
                .asInstanceOf(type(VccServerException.class))
                .satisfies(e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
    }

    @Test
    void cloudflareHtml403() {
        String html = "<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\"> <![endif]-->\n"
                + "<head>\n<title>Access denied | api.vcc.exchange used Cloudflare to restrict access</title>\n"
                + "<meta charset=\"UTF-8\" /></head><body><h1>Error 1006</h1></body></html>";
        assertThatThrownBy(() -> map(403, html))
                .isInstanceOf(VccUnexpectedResponseException.class)
                .hasMessageContaining("HTML error page")
                .hasMessageContaining("Access denied | api.vcc.exchange used Cloudflare to restrict access")
                .hasMessageContaining("403")
                .satisfies(e -> assertThat(((VccUnexpectedResponseException) e).httpStatus()).isEqualTo(403));
    }

    @Test
    void htmlOn200IsUnexpected() {
        assertThatThrownBy(() -> map(200, "<html><head><title>Maintenance</title></head></html>"))
                .isInstanceOf(VccUnexpectedResponseException.class).hasMessageContaining("Maintenance");
    }

    @Test
    void plainTextBody() {
        assertThatThrownBy(() -> map(502, "Bad Gateway"))
                .isInstanceOf(VccUnexpectedResponseException.class).hasMessageContaining("Bad Gateway");
    }

    @Test
    void otherStatusesKeepAType() {
        assertThatThrownBy(() -> map(405, "{\"message\":\"Method not allowed\"}"))
                .isExactlyInstanceOf(VccApiException.class).hasMessageContaining("405");
    }

    @Test
    void serverTextIsRedacted() {
        assertThatThrownBy(() -> map(401, "{\"message\":\"bad key KEY-abcdef / SECRET-123456\"}"))
                .hasMessageNotContaining("KEY-abcdef").hasMessageNotContaining("SECRET-123456");
        assertThatThrownBy(() -> map(500, "oops KEY-abcdef"))
                .hasMessageNotContaining("KEY-abcdef");
    }
}
