package dev.specpoet.parse;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites the {@code #/definitions/X} references that Swagger Parser's 2.0 converter leaves in
 * schemas it copies without converting (an {@code allOf} inside a property, for one) to {@code
 * #/components/schemas/X}, where the converted definitions are.
 *
 * <p>The reference was valid in the 2.0 document ({@link RefGuard} checked it), so leaving it would
 * blame the spec for the converter's gap.
 */
final class DefinitionRefs {
    private static final String DEFINITIONS = "#/definitions/";
    private static final String SCHEMAS = "#/components/schemas/";

    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DefinitionRefs() {}

    static void rewrite(OpenAPI api) {
        new DefinitionRefs().all(api);
    }

    private void all(OpenAPI api) {
        Components components = api.getComponents();
        if (components != null) {
            values(components.getSchemas()).forEach(this::schema);
            values(components.getParameters()).forEach(this::parameter);
            values(components.getRequestBodies()).forEach(this::requestBody);
            values(components.getResponses()).forEach(this::response);
        }
        for (PathItem item : values(api.getPaths())) {
            list(item.getParameters()).forEach(this::parameter);
            for (io.swagger.v3.oas.models.Operation operation : item.readOperations()) {
                list(operation.getParameters()).forEach(this::parameter);
                requestBody(operation.getRequestBody());
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(this::response);
                }
            }
        }
    }

    private void parameter(Parameter parameter) {
        if (parameter != null) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }
    }

    private void requestBody(RequestBody body) {
        if (body != null) {
            content(body.getContent());
        }
    }

    private void response(ApiResponse response) {
        if (response == null) {
            return;
        }
        content(response.getContent());
        for (Header header : values(response.getHeaders())) {
            if (header != null) {
                schema(header.getSchema());
            }
        }
    }

    private void content(Content content) {
        for (MediaType media : values(content)) {
            if (media != null) {
                schema(media.getSchema());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private void schema(Schema<?> schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String ref = schema.get$ref();
        if (ref != null && ref.startsWith(DEFINITIONS)) {
            schema.set$ref(SCHEMAS + ref.substring(DEFINITIONS.length()));
        }
        for (Schema property : values(schema.getProperties())) {
            schema(property);
        }
        schema(schema.getItems());
        schema(schema.getNot());
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            schema(additional);
        }
        for (List<Schema> parts : List.of(list(schema.getAllOf()), list(schema.getOneOf()), list(schema.getAnyOf()))) {
            for (Schema part : parts) {
                schema(part);
            }
        }
    }

    private static <T> Collection<T> values(Map<String, T> map) {
        return map == null ? List.of() : map.values();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
