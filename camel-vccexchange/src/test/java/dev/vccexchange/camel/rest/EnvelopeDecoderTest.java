package dev.vccexchange.camel.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.vccexchange.camel.model.VccJson;
import dev.vccexchange.camel.model.trade.Order;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-pass read must give what the general mapping gives (tree, then the type), or step aside (null) so that
 * {@link ResponseMapper} decides: never a different answer.
 */
class EnvelopeDecoderTest {

    private static final ObjectReader ORDER = VccJson.mapper().readerFor(Order.class);
    private static final String ORDER_JSON = "{\"id\":88214435,\"user_id\":7,\"coin\":\"btc\",\"currency\":\"usdt\","
            + "\"trade_type\":\"buy\",\"type\":\"limit\",\"quantity\":\"0.0010\",\"price\":20000.50,"
            + "\"executed_quantity\":\"0\",\"fee\":\"0\",\"status\":\"pending\",\"is_stop\":0,"
            + "\"created_at\":1605845940000,\"updated_at\":1605845940000,\"extra\":{\"nested\":[1,{\"a\":null}]}}";

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"message\":null,\"dataVersion\":\"6d72fb82\",\"data\":" + ORDER_JSON + "}",
        "{\"data\":" + ORDER_JSON + ",\"message\":\"Đặt lệnh thành công\",\"dataVersion\":\"v2\"}",
        "{\"dataVersion\":12,\"data\":" + ORDER_JSON + "}",
        "{\"unknown\":[1,2,{\"x\":\"y\"}],\"data\":" + ORDER_JSON + ",\"code\":500}",
        " \n{\"message\":\"\",\"data\":" + ORDER_JSON + "}\n ",
        "{\"message\":\"Data not found\",\"data\":" + ORDER_JSON + "}",
    })
    void readsThePlainEnvelopeExactlyAsTheGeneralMapping(String body) throws Exception {
        VccResponse general = new ResponseMapper().map("placeOrder", 200, body, null, Instant.EPOCH);
        Order expected = VccJson.mapper().treeToValue(general.data(), Order.class);

        VccResponse decoded = EnvelopeDecoder.decode(utf8(body), ORDER);

        assertThat(decoded).isNotNull();
        assertThat(decoded.decoded()).isEqualTo(expected);
        assertThat(((Order) decoded.decoded()).quantity()).isEqualByComparingTo("0.001")
                .hasToString(expected.quantity().toString());
        assertThat(decoded.message()).isEqualTo(general.message());
        assertThat(decoded.dataVersion()).isEqualTo(general.dataVersion());
        assertThat(decoded.hasData()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "[" + ORDER_JSON + "]",
        "{\"message\":null,\"dataVersion\":\"v\",\"data\":null}",
        "{\"message\":\"Data not found\"}",
        "{\"code\":504,\"message\":\"Gateway timeout\"}",
        ORDER_JSON, // no envelope at all: the object is the data
        "{\"data\":\"ok\"}",
        "{\"data\":[]}",
        "{\"data\":" + ORDER_JSON + ",\"data\":" + ORDER_JSON + "}",
        "{\"message\":{\"text\":\"x\"},\"data\":" + ORDER_JSON + "}",
        "{\"dataVersion\":1.50,\"data\":" + ORDER_JSON + "}",
        "{\"data\":" + ORDER_JSON + "} trailing",
        "{\"data\":" + ORDER_JSON,
        "{\"data\":{\"id\":\"1\",\"quantity\":\"not a number\"}}",
        "<html><title>Attention Required! | Cloudflare</title></html>",
    })
    void stepsAsideForEverythingElse(String body) {
        assertThat(EnvelopeDecoder.decode(utf8(body), ORDER)).isNull();
    }

    @Test
    void bytesThatAreNotUtf8StepAside() {
        byte[] body = utf8("{\"data\":{\"id\":\"1\",\"coin\":\"XX\"}}");
        int at = new String(body, StandardCharsets.UTF_8).indexOf("XX");
        body[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: invalid UTF-8
        assertThat(EnvelopeDecoder.decode(body, ORDER)).isNull();
        assertThat(EnvelopeDecoder.decode(null, ORDER)).isNull();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 17, 40, 90})
    void aCutAnswerIsNeverReadAsAnOrder(int cut) {
        String body = "{\"message\":null,\"dataVersion\":\"v\",\"data\":" + ORDER_JSON + "}";
        List<String> cuts = List.of(body.substring(0, body.length() - 1 - cut), body.substring(0, cut));
        for (String c : cuts) {
            assertThat(EnvelopeDecoder.decode(utf8(c), ORDER)).as(c).isNull();
        }
    }
}
