package dev.specpoet.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code --pagination FILE}: a JSON array of rules, each an object with {@code operations}
 * (an operationId, or a pattern with {@code *}), {@code style} and the parameters and pointers the
 * style needs:
 *
 * <pre>{@code
 * [{"operations": "list*", "style": "cursor", "parameter": "after", "items": "/data",
 *   "nextCursor": "/next"},
 *  {"operations": "listLegacy", "style": "none"}]
 * }</pre>
 */
final class PaginationFile {
    private static final Set<String> KEYS = Set.of(
            "operations",
            "style",
            "parameter",
            "sizeParameter",
            "items",
            "nextCursor",
            "lastItemCursor",
            "hasMore",
            "nextLink",
            "total");

    private PaginationFile() {}

    static List<PaginationRule> read(Path file) throws UsageException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new UsageException("--pagination: " + file + " is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException("--pagination: cannot read " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new UsageException("--pagination: " + file + " must hold a JSON array of rules");
        }
        List<PaginationRule> rules = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            try {
                rules.add(rule(root.get(i)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--pagination: rule " + (i + 1) + " of " + file + ": " + e.getMessage());
            }
        }
        return rules;
    }

    private static PaginationRule rule(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be an object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException(
                        "unknown key '" + name + "' (known: " + new java.util.TreeSet<>(KEYS) + ")");
            }
        }
        PaginationRule.Builder rule =
                PaginationRule.builder(text(node, "operations"), PaginationStyle.fromText(text(node, "style")));
        if (node.has("parameter")) {
            rule.parameter(text(node, "parameter"));
        }
        if (node.has("sizeParameter")) {
            rule.sizeParameter(text(node, "sizeParameter"));
        }
        if (node.has("items")) {
            rule.items(node.get("items").asText());
        }
        if (node.has("nextCursor")) {
            rule.nextCursor(text(node, "nextCursor"));
        }
        if (node.has("lastItemCursor")) {
            rule.lastItemCursor(text(node, "lastItemCursor"));
        }
        if (node.has("hasMore")) {
            rule.hasMore(text(node, "hasMore"));
        }
        if (node.has("nextLink")) {
            rule.nextLink(text(node, "nextLink"));
        }
        if (node.has("total")) {
            rule.total(text(node, "total"));
        }
        return rule.build();
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("'" + key + "' must be a non-empty string");
        }
        return value.asText();
    }
}
