package dev.specpoet.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole API as Specpoet understands it, independent of the spec version it came from.
 *
 * @param sourceName the spec's file name, for generated headers
 * @param schemas every schema that becomes a Java type: components first, in spec order, then
 *     inline schemas in the order they were found
 * @param tags the declared tags, in spec order, with their descriptions
 * @param extensions the document's top-level {@code x-} keys
 */
public record ApiModel(
        String sourceName,
        ApiInfo info,
        List<Server> servers,
        List<SecurityScheme> securitySchemes,
        List<Operation> operations,
        List<SchemaDef> schemas,
        List<Tag> tags,
        Extensions extensions) {

    public ApiModel {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(info, "info");
        servers = List.copyOf(servers);
        securitySchemes = List.copyOf(securitySchemes);
        operations = List.copyOf(operations);
        schemas = List.copyOf(schemas);
        tags = List.copyOf(tags);
        Objects.requireNonNull(extensions, "extensions");
    }
}
