package dev.vccexchange.camel.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vccexchange.camel.error.MalformedPacketException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonArrayScannerTest {

    /** Every element's span must be exactly the text of that element: same tree as a full parse gives. */
    @ParameterizedTest
    @ValueSource(strings = {
        "[\"App\\\\Events\\\\PricesUpdated\",\"App.Prices\",{\"data\":{\"btc_usdt\":{\"price\":\"65000.12\"}},\"socket\":null}]",
        "[ \"e\" , 1 , -2.5e-3 , true , false , null , [ ] , { } ]",
        "[\"quote \\\" and \\\\ and \\u00e9 and \\n\",\"ü\",{\"a\":[1,{\"b\":\"]}\"}]}]",
        "[\"e\",{\"nested\":[[[[{\"deep\":[1,2,3]}]]]]},[\"x\",{\"y\":\"[\"}]]",
        "[\"only\"]",
        "[]",
        "[12345678901234567890123,\"big\"]",
        "[\"e\",\"ch\",\"a plain string last argument\"]\n",
    })
    void elementsAreTheExactTextOfEachValue(String json) throws Exception {
        JsonNode expected = WireJson.MAPPER.readTree(json);
        List<RawJson> elements = JsonArrayScanner.elements(json, "4" + json);
        assertThat(elements).hasSize(expected.size());
        for (int i = 0; i < elements.size(); i++) {
            RawJson e = elements.get(i);
            assertThat(WireJson.MAPPER.readTree(e.json())).as("element %d: %s", i, e.json()).isEqualTo(expected.get(i));
            assertThat(e.node()).isEqualTo(expected.get(i));
            assertThat(e.stringValue()).isEqualTo(expected.get(i).isTextual() ? expected.get(i).textValue() : null);
            assertThat(e.isObject()).isEqualTo(expected.get(i).isObject());
            assertThat(e.isArray()).isEqualTo(expected.get(i).isArray());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,]", "[1 2]", "[\"a\"", "[1]x", "[1][2]", "[{]", "[{\"a\"}]", "[\"a]", "[tru]", "[01]"})
    void malformedArraysAreRefusedAsATreeParseWould(String json) {
        assertThatThrownBy(() -> JsonArrayScanner.elements(json, "4" + json))
                .isInstanceOf(MalformedPacketException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "\"text\"", "17", "null"})
    void aPayloadThatIsNotAnArrayIsLeftToTheCaller(String json) {
        assertThat(JsonArrayScanner.elements(json, "4" + json)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"\\x\"]", "[\"\\u12G4\"]", "[\"tab\there\"]", "[-]", "[1.]", "[.5]", "[1e]", "[-01]",
        "[NaN]", "['single']", "[1,/*c*/2]", "[{\"a\":1,}]", "[{,}]", "[nul]", "[truex]"})
    void whatJacksonRefusesIsRefused(String json) {
        assertThatThrownBy(() -> WireJson.MAPPER.readTree(json)).as("Jackson refuses it too").isNotNull();
        assertThatThrownBy(() -> JsonArrayScanner.elements(json, "4" + json))
                .isInstanceOf(MalformedPacketException.class);
    }

    @Test
    void nestingUpToTheLimitIsAcceptedAndParsesBeyondIsRefused() throws Exception {
        String ok = "[" + "[".repeat(JsonArrayScanner.MAX_DEPTH - 1) + "]".repeat(JsonArrayScanner.MAX_DEPTH - 1) + "]";
        assertThat(JsonArrayScanner.elements(ok, ok).get(0).node()).isEqualTo(WireJson.MAPPER.readTree(ok).get(0));
        String deep = "[" + ok + "]";
        assertThatThrownBy(() -> JsonArrayScanner.elements(deep, deep)).isInstanceOf(MalformedPacketException.class);
    }

    /**
     * Differential test: random JSON arrays, written by Jackson and then randomly damaged, must be accepted by the
     * scanner exactly when Jackson's tree parser accepts them, with the same elements. Seeded, so repeatable.
     */
    @Test
    void agreesWithJacksonOnRandomAndDamagedInput() throws Exception {
        Random random = new Random(20261204);
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            ArrayNode array = WireJson.NODES.arrayNode();
            int n = random.nextInt(4);
            for (int k = 0; k < n; k++) {
                array.add(randomValue(random, 0));
            }
            String json = random.nextBoolean() ? WireJson.MAPPER.writeValueAsString(array)
                                                : WireJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
            int damage = i % 3 == 0 ? 0 : 1 + random.nextInt(2);
            for (int d = 0; d < damage && !json.isEmpty(); d++) {
                json = damage(json, random);
            }
            if (!json.stripLeading().startsWith("[")) {
                continue; // not an array: the caller's case, covered above
            }
            JsonNode expected;
            try {
                expected = WireJson.MAPPER.readTree(json);
            } catch (Exception e) {
                expected = null;
            }
            String input = json;
            if (expected == null) {
                assertThatThrownBy(() -> JsonArrayScanner.elements(input, input)).as("should refuse %s", input)
                        .isInstanceOf(MalformedPacketException.class);
                refused++;
                continue;
            }
            List<RawJson> elements = JsonArrayScanner.elements(input, input);
            assertThat(elements).as("%s", input).hasSize(expected.size());
            for (int k = 0; k < elements.size(); k++) {
                assertThat(elements.get(k).node()).as("element %d of %s", k, input).isEqualTo(expected.get(k));
                assertThat(elements.get(k).stringValue()).as("string %d of %s", k, input)
                        .isEqualTo(expected.get(k).isTextual() ? expected.get(k).textValue() : null);
            }
            accepted++;
        }
        assertThat(accepted).isGreaterThan(5_000);
        assertThat(refused).isGreaterThan(3_000);
    }

    private static final String DAMAGE = "\"{}[],:\\ 0123456789-+.eEtrufalsn\u0001x'/u\t";

    private static String damage(String json, Random random) {
        int at = random.nextInt(json.length());
        char c = DAMAGE.charAt(random.nextInt(DAMAGE.length()));
        return switch (random.nextInt(3)) {
            case 0 -> json.substring(0, at) + json.substring(at + 1);
            case 1 -> json.substring(0, at) + c + json.substring(at);
            default -> json.substring(0, at) + c + json.substring(at + 1);
        };
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth >= 4 ? 6 : 8);
        return switch (kind) {
            case 0 -> WireJson.NODES.textNode(randomString(random));
            case 1 -> WireJson.NODES.numberNode(random.nextInt(2000) - 1000);
            case 2 -> WireJson.NODES.numberNode(random.nextLong());
            case 3 -> WireJson.NODES.numberNode(new java.math.BigDecimal(random.nextGaussian() * 1e6)
                                                    .round(new java.math.MathContext(1 + random.nextInt(20))));
            case 4 -> WireJson.NODES.booleanNode(random.nextBoolean());
            case 5 -> WireJson.NODES.nullNode();
            case 6 -> {
                ArrayNode a = WireJson.NODES.arrayNode();
                for (int k = random.nextInt(4); k > 0; k--) {
                    a.add(randomValue(random, depth + 1));
                }
                yield a;
            }
            default -> {
                ObjectNode o = WireJson.NODES.objectNode();
                for (int k = random.nextInt(4); k > 0; k--) {
                    o.set(randomString(random), randomValue(random, depth + 1));
                }
                yield o;
            }
        };
    }

    private static String randomString(Random random) {
        String alphabet = "abcXYZ019 _-\\\"/\n\t\u0001\u00e9\u20ac\ud83d\ude00App.Events";
        StringBuilder sb = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
