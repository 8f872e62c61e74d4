package dev.specpoet.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A spec document parsed into a JSON tree, YAML aliases already expanded.
 *
 * @param usesYamlAliases true when the YAML text used anchors and aliases, which Swagger Parser's
 *     own YAML reading would not expand
 */
public record DocumentTree(SourceDocument source, JsonNode root, boolean usesYamlAliases) {
    public DocumentTree {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
    }
}
