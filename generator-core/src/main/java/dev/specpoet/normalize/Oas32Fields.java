package dev.specpoet.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Tag;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the OpenAPI 3.2 fields of tags and security schemes from the main document's tree: Swagger
 * Parser's model has no place for them (the bridge removes them before it reads the document).
 */
final class Oas32Fields {
    private final JsonNode root;
    private final String document;
    private final Problems problems;

    Oas32Fields(JsonNode root, String document, Problems problems) {
        this.root = root;
        this.document = document;
        this.problems = problems;
    }

    /**
     * The tags with their {@code summary}, {@code parent} and {@code kind}; a parent that is not a
     * declared tag, or a chain of parents that comes back to a tag, is an error.
     */
    List<Tag> tags(List<Tag> declared) {
        JsonNode tags = root.path("tags");
        Map<String, Tag> byName = new LinkedHashMap<>();
        Map<String, SpecLocation> parentAt = new LinkedHashMap<>();
        for (Tag tag : declared) {
            byName.put(tag.name(), tag);
        }
        for (int i = 0; i < tags.size(); i++) {
            JsonNode node = tags.get(i);
            String name = node.path("name").asText(null);
            if (name == null || !byName.containsKey(name)) {
                continue;
            }
            SpecLocation location = SpecLocation.of(document, "/tags/" + i);
            Optional<String> parent = text(node, "parent", location);
            if (parent.isPresent() && parent.get().equals(name)) {
                problems.error(
                        "OAS32_INVALID_TAG_PARENT", location.child("parent"), "tag '" + name + "' is its own parent");
                parent = Optional.empty();
            }
            parent.ifPresent(p -> parentAt.put(name, location.child("parent")));
            Tag tag = byName.get(name);
            byName.put(
                    name,
                    new Tag(
                            name,
                            tag.description(),
                            text(node, "summary", location),
                            parent,
                            text(node, "kind", location)));
        }
        parentAt.forEach((name, location) -> {
            String parent = byName.get(name).parent().orElseThrow();
            if (!byName.containsKey(parent)) {
                problems.error(
                        "OAS32_INVALID_TAG_PARENT",
                        location,
                        "tag '" + name + "' names parent '" + parent + "', which is not a declared tag");
                return;
            }
            Set<String> seen = new HashSet<>(List.of(name));
            for (String at = parent; at != null; at = byName.get(at).parent().orElse(null)) {
                if (!seen.add(at)) {
                    problems.error(
                            "OAS32_INVALID_TAG_PARENT",
                            location,
                            "tag '" + name + "' is nested under itself through its parents " + seen);
                    return;
                }
                if (!byName.containsKey(at)) {
                    return; // reported for the tag that names it
                }
            }
        });
        return new ArrayList<>(byName.values());
    }

    /** The scheme with 3.2's {@code deprecated} and OAuth2 {@code deviceAuthorization} flow. */
    SecurityScheme scheme(SecurityScheme scheme) {
        JsonNode node = root.path("components").path("securitySchemes").path(scheme.name());
        SpecLocation location = scheme.location();
        boolean deprecated = false;
        JsonNode flag = node.get("deprecated");
        if (flag != null) {
            if (flag.isBoolean()) {
                deprecated = flag.booleanValue();
            } else {
                problems.error(
                        "OAS32_INVALID_SECURITY_SCHEME",
                        location.child("deprecated"),
                        "'deprecated' must be true or false");
            }
        }
        if (deprecated) {
            // A warning, so the build log shows it: notes only reach Maven's debug output.
            problems.warning(
                    "SECURITY_SCHEME_DEPRECATED",
                    location,
                    "security scheme '" + scheme.name()
                            + "' is deprecated: its builder method is @Deprecated; prefer another scheme");
        }
        Optional<SecurityScheme.DeviceFlow> device = Optional.empty();
        JsonNode flow = node.path("flows").get("deviceAuthorization");
        SpecLocation flowLocation = location.child("flows").child("deviceAuthorization");
        if (flow != null) {
            if (scheme.kind() != SecurityScheme.Kind.OAUTH2) {
                problems.error("OAS32_INVALID_SECURITY_SCHEME", flowLocation, "only an oauth2 scheme has flows");
            } else {
                device = deviceFlow(flow, flowLocation);
            }
        }
        return new SecurityScheme(
                scheme.name(),
                scheme.kind(),
                scheme.keyLocation(),
                scheme.parameterName(),
                scheme.tokenUrl(),
                scheme.scopes(),
                scheme.description(),
                scheme.location(),
                device,
                deprecated);
    }

    private Optional<SecurityScheme.DeviceFlow> deviceFlow(JsonNode flow, SpecLocation location) {
        Optional<String> deviceUrl = text(flow, "deviceAuthorizationUrl", location);
        Optional<String> tokenUrl = text(flow, "tokenUrl", location);
        if (deviceUrl.isEmpty() || tokenUrl.isEmpty()) {
            problems.error(
                    "OAS32_INVALID_SECURITY_SCHEME",
                    location,
                    "the deviceAuthorization flow needs 'deviceAuthorizationUrl' and 'tokenUrl'");
            return Optional.empty();
        }
        JsonNode scopes = flow.get("scopes");
        if (scopes != null && !scopes.isObject()) {
            problems.error(
                    "OAS32_INVALID_SECURITY_SCHEME",
                    location.child("scopes"),
                    "'scopes' must map scope names to descriptions");
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        if (scopes != null) {
            scopes.fieldNames().forEachRemaining(names::add);
        }
        return Optional.of(new SecurityScheme.DeviceFlow(deviceUrl.get(), tokenUrl.get(), names, location));
    }

    /** A string field; an error when present with another type. */
    private Optional<String> text(JsonNode node, String field, SpecLocation location) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            problems.error("OAS32_INVALID_FIELD", location.child(field), "'" + field + "' must be a non-empty string");
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }
}
