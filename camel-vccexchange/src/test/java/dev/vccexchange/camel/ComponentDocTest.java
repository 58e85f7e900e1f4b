package dev.vccexchange.camel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component reference ({@code docs/vccexchange-component.adoc}) is rendered from the generated metadata, so every
 * option and header is documented with its description and default, and the page cannot drift from the code.
 * After changing an option or header: {@code mvn -pl camel-vccexchange test -Dtest=ComponentDocTest -Ddocs.update=true}.
 */
class ComponentDocTest {

    private static final Path DOC = Path.of("..", "docs", "vccexchange-component.adoc");

    @Test
    void theComponentReferenceMatchesTheGeneratedMetadata() throws Exception {
        JsonNode json;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/dev/vccexchange/camel/vccexchange.json")) {
            assertThat(in).as("generated vccexchange.json").isNotNull();
            json = new ObjectMapper().readTree(in);
        }
        String expected = render(json);
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/vccexchange-component.adoc is stale: rerun with -Ddocs.update=true")
                .isEqualTo(expected);
        // Every secret is marked as such in the metadata (Camel masks them in logs and URIs).
        assertThat(json.at("/properties/apiKey/secret").asBoolean()).isTrue();
        assertThat(json.at("/properties/apiSecret/secret").asBoolean()).isTrue();
        assertThat(json.at("/componentProperties/apiKey/secret").asBoolean()).isTrue();
    }

    private static String render(JsonNode json) {
        JsonNode c = json.get("component");
        StringBuilder out = new StringBuilder();
        out.append("= ").append(c.get("title").asText()).append(" Component\n")
                .append(":doctitle: ").append(c.get("title").asText()).append('\n')
                .append(":shortname: ").append(c.get("name").asText()).append('\n')
                .append(":artifactid: ").append(c.get("artifactId").asText()).append('\n')
                .append(":description: ").append(c.get("description").asText()).append('\n')
                .append(":since: ").append(c.get("firstVersion").asText()).append('\n')
                .append(":supportlevel: ").append(c.get("supportLevel").asText()).append('\n')
                .append(":component-header: Both producer and consumer are supported\n")
                .append("// Generated from vccexchange.json by ComponentDocTest: do not edit by hand.\n\n")
                .append("*Since ").append(c.get("firstVersion").asText()).append("*\n\n")
                .append(c.get("description").asText()).append("\n\n")
                .append("URI format: `").append(c.get("syntax").asText()).append("[?options]`\n\n")
                .append("See the user guide (`docs/user-guide.md`) for streams, operations, errors and examples.\n\n");
        out.append("// component options: START\n");
        table(out, "Component Options", "camel.component.vccexchange.<option>", json.get("componentProperties"));
        out.append("// component options: END\n\n// endpoint options: START\n");
        table(out, "Endpoint Options", "vccexchange:name?<option>=<value>", json.get("properties"));
        out.append("// endpoint options: END\n\n// component headers: START\n");
        out.append("== Message Headers\n\n[width=\"100%\",cols=\"2,5,^1\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = json.get("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> h = it.next();
            out.append("| *").append(h.getKey()).append("* (").append(h.getValue().get("label").asText()).append(") | ")
                    .append(escape(h.getValue().get("description").asText())).append(" | ")
                    .append(h.getValue().get("javaType").asText()).append('\n');
        }
        out.append("|===\n// component headers: END\n");
        return out.toString();
    }

    private static void table(StringBuilder out, String title, String usage, JsonNode properties) {
        out.append("== ").append(title).append(" (").append(properties.size()).append(")\n\n")
                .append("Set as `").append(usage).append("`.\n\n")
                .append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            JsonNode o = p.getValue();
            String label = o.path("label").asText();
            out.append("| *").append(p.getKey()).append("*").append(label.isEmpty() ? "" : " (" + label + ")")
                    .append(o.path("required").asBoolean() ? " *required*" : "")
                    .append(o.path("secret").asBoolean() ? " *secret*" : "").append(" | ")
                    .append(escape(o.path("description").asText())).append(" | ")
                    .append(o.has("defaultValue") ? o.get("defaultValue").asText() : "").append(" | ")
                    .append(o.path("type").asText()).append('\n');
        }
        out.append("|===\n");
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
