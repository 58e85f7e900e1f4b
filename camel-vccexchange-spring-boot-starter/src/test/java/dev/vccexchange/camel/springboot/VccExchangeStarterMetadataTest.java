package dev.vccexchange.camel.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CatalogCamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the hand-written starter in step with the component: every option of the component's generated
 * {@code vccexchange.json} has a {@code camel.component.vccexchange.*} key in the generated
 * {@code META-INF/spring-configuration-metadata.json}, with the same description and default, and vice versa.
 */
class VccExchangeStarterMetadataTest {

    private static final String PREFIX = "camel.component.vccexchange.";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyComponentOptionHasADocumentedKeyWithTheSameDefault() throws Exception {
        JsonNode component = componentOptions();
        Map<String, JsonNode> boot = bootProperties();

        TreeSet<String> missing = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> option = it.next();
            String key = PREFIX + StringHelper.camelCaseToDash(option.getKey());
            JsonNode property = boot.get(key);
            if (property == null) {
                missing.add(key);
                continue;
            }
            JsonNode meta = option.getValue();
            assertThat(normalize(property.path("description").asText()))
                    .as("description of %s", key)
                    .startsWith(normalize(meta.path("description").asText()));
            if (meta.has("defaultValue")) {
                String expected = meta.get("defaultValue").asText();
                JsonNode actual = property.get("defaultValue");
                assertThat(actual).as("default of %s", key).isNotNull();
                if ("java.time.Duration".equals(property.path("type").asText())) {
                    assertThat(toMillis(actual.asText())).as("default of %s", key).isEqualTo(Long.parseLong(expected));
                } else if (actual.isNumber()) {
                    assertThat(actual.decimalValue()).as("default of %s", key)
                            .isEqualByComparingTo(new java.math.BigDecimal(expected));
                } else {
                    assertThat(actual.asText()).as("default of %s", key).isEqualTo(expected);
                }
            }
            if (meta.path("secret").asBoolean()) {
                assertThat(property.path("description").asText()).as("%s is marked secret", key).contains("SECRET");
            }
        }
        assertThat(missing).as("component options without a Spring Boot key").isEmpty();

        TreeSet<String> extra = new TreeSet<>();
        for (String key : boot.keySet()) {
            String name = key.substring(PREFIX.length());
            if (name.equals("enabled") || name.startsWith("customizer.")) {
                continue;
            }
            if (!component.has(StringHelper.dashToCamelCase(name))) {
                extra.add(key);
            }
        }
        assertThat(extra).as("Spring Boot keys the component does not have").isEmpty();
    }

    private JsonNode componentOptions() throws Exception {
        try (CatalogCamelContext camel = new DefaultCamelContext()) {
            String schema = camel.getComponentParameterJsonSchema("vccexchange");
            assertThat(schema).as("the component's generated vccexchange.json").isNotNull();
            return json.readTree(schema).path("componentProperties");
        }
    }

    private Map<String, JsonNode> bootProperties() throws Exception {
        Map<String, JsonNode> properties = new HashMap<>();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("spring-configuration-metadata.json from the configuration processor").isNotNull();
            for (JsonNode property : json.readTree(in).path("properties")) {
                String name = property.path("name").asText();
                if (name.startsWith(PREFIX)) {
                    properties.put(name, property);
                }
            }
        }
        return properties;
    }

    private static String normalize(String text) {
        // the Camel JSON drops backticks and non-ASCII characters such as the ± of "±50%"
        return text.replace("`", "").replaceAll("[^\\x00-\\x7F]", "").replaceAll("\\s+", " ").trim();
    }

    private static long toMillis(String value) {
        if (value.matches("\\d+")) {
            return Long.parseLong(value);
        }
        return org.springframework.boot.convert.DurationStyle.detectAndParse(value).toMillis();
    }
}
