package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.Content;
import dev.specpoet.model.HttpMethod;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.RequestBody;
import dev.specpoet.model.Response;
import dev.specpoet.model.ResponseHeader;
import dev.specpoet.model.ResponseStatus;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads every operation of every path, in spec order, into {@link Operation}s. */
final class OperationNormalizer {
    private final OpenAPI api;
    private final String document;
    private final SchemaNormalizer schemas;
    private final Problems problems;
    private final Set<String> schemeNames;
    private final ParameterNormalizer parameters;
    private final ParameterSources parameterSources;

    OperationNormalizer(
            OpenAPI api,
            String document,
            SchemaNormalizer schemas,
            Problems problems,
            Set<String> schemeNames,
            ParameterSources parameterSources) {
        this.api = api;
        this.parameterSources = parameterSources;
        this.document = document;
        this.schemas = schemas;
        this.problems = problems;
        this.schemeNames = schemeNames;
        this.parameters = new ParameterNormalizer(api.getComponents(), schemas, problems);
    }

    List<Operation> normalize() {
        List<Operation> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return operations;
        }
        api.getPaths().forEach((path, item) -> {
            if (item == null) {
                return;
            }
            SpecLocation pathLocation = SpecLocation.of(document, "/paths").child(path);
            for (HttpMethod method : HttpMethod.values()) {
                io.swagger.v3.oas.models.Operation operation = operationOf(item, method);
                if (operation != null) {
                    operations.add(normalize(path, item, method, operation, pathLocation));
                }
            }
        });
        return operations;
    }

    private Operation normalize(
            String path,
            PathItem item,
            HttpMethod method,
            io.swagger.v3.oas.models.Operation operation,
            SpecLocation pathLocation) {
        SpecLocation location = pathLocation.child(method.name().toLowerCase(java.util.Locale.ROOT));
        String declaredId = operation.getOperationId();
        boolean synthesized = declaredId == null || declaredId.isBlank();
        String operationId = synthesized ? method.name().toLowerCase(java.util.Locale.ROOT) + " " + path : declaredId;
        NameHint hint = NameHint.inline(List.of(operationId));
        List<Parameter> merged = parameters.merge(
                path,
                item.getParameters(),
                pathLocation,
                operation.getParameters(),
                hint,
                location,
                parameterSources.of(path, method.name().toLowerCase(java.util.Locale.ROOT)));
        Map<String, Object> extensions = operation.getExtensions() == null ? Map.of() : operation.getExtensions();
        Object methodName = extensions.get("x-methodName");
        return new Operation(
                operationId,
                synthesized,
                Optional.ofNullable(methodName instanceof String text && !text.isBlank() ? text : null),
                method,
                path,
                operation.getTags() == null
                        ? List.of()
                        : operation.getTags().stream()
                                .filter(t -> t != null && !t.isBlank())
                                .toList(),
                Optional.ofNullable(operation.getSummary()),
                Optional.ofNullable(operation.getDescription()),
                SchemaReader.isTrue(operation.getDeprecated()),
                merged,
                requestBody(operation, hint, location),
                responses(operation, hint, location),
                security(operation, location),
                location,
                JsonValues.extensions(operation.getExtensions()),
                Optional.empty());
    }

    private Optional<RequestBody> requestBody(
            io.swagger.v3.oas.models.Operation operation, NameHint hint, SpecLocation location) {
        io.swagger.v3.oas.models.parameters.RequestBody body = operation.getRequestBody();
        SpecLocation bodyLocation = location.child("requestBody");
        if (body != null && body.get$ref() != null) {
            body = component(
                    api.getComponents() == null ? null : api.getComponents().getRequestBodies(), body.get$ref());
        }
        if (body == null) {
            return Optional.empty();
        }
        List<Content> contents = contents(body.getContent(), hint.child("Request"), bodyLocation.child("content"));
        if (contents.isEmpty()) {
            problems.warning(
                    "REQUEST_BODY_WITHOUT_CONTENT",
                    bodyLocation,
                    "the request body has no content media types; the operation is generated without a body");
            return Optional.empty();
        }
        Object nameHint = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get("x-codegen-request-body-name");
        if (nameHint == null && body.getExtensions() != null) {
            nameHint = body.getExtensions().get("x-codegen-request-body-name");
        }
        return Optional.of(new RequestBody(
                SchemaReader.isTrue(body.getRequired()),
                Optional.ofNullable(body.getDescription()),
                contents,
                Optional.ofNullable(nameHint instanceof String text && !text.isBlank() ? text : null),
                bodyLocation));
    }

    private List<Response> responses(
            io.swagger.v3.oas.models.Operation operation, NameHint hint, SpecLocation location) {
        List<Response> responses = new ArrayList<>();
        if (operation.getResponses() == null) {
            return responses;
        }
        Map<String, ApiResponse> declared = new LinkedHashMap<>(operation.getResponses());
        long successCount = declared.keySet().stream()
                .filter(key -> key.trim().startsWith("2"))
                .count();
        declared.forEach((key, response) -> {
            SpecLocation responseLocation = location.child("responses").child(key);
            ResponseStatus status = ResponseStatus.parse(key);
            if (status == null) {
                problems.warning(
                        "INVALID_RESPONSE_STATUS",
                        responseLocation,
                        "'" + key + "' is not a status code, range or 'default'; ignored");
                return;
            }
            if (response != null && response.get$ref() != null) {
                response = component(
                        api.getComponents() == null ? null : api.getComponents().getResponses(), response.get$ref());
            }
            if (response == null) {
                return;
            }
            NameHint responseHint = status.isSuccess() && successCount == 1
                    ? hint.child("Response")
                    : hint.child(status.wireKey(), "Response");
            responses.add(new Response(
                    status,
                    response.getDescription() == null ? "" : response.getDescription(),
                    contents(response.getContent(), responseHint, responseLocation.child("content")),
                    headers(response, responseLocation),
                    responseLocation));
        });
        return responses;
    }

    private List<ResponseHeader> headers(ApiResponse response, SpecLocation location) {
        List<ResponseHeader> headers = new ArrayList<>();
        if (response.getHeaders() == null) {
            return headers;
        }
        response.getHeaders().forEach((name, header) -> {
            if (header == null) {
                return;
            }
            if (header.get$ref() != null && api.getComponents() != null) {
                header = component(api.getComponents().getHeaders(), header.get$ref());
            }
            if (header == null) {
                return;
            }
            SpecLocation headerLocation = location.child("headers").child(name);
            headers.add(new ResponseHeader(
                    name,
                    Optional.ofNullable(header.getDescription()),
                    schemas.typeOf(header.getSchema(), NameHint.inline(List.of(name)), headerLocation.child("schema"))
                            .type(),
                    headerLocation));
        });
        return headers;
    }

    List<Content> contents(io.swagger.v3.oas.models.media.Content content, NameHint hint, SpecLocation location) {
        List<Content> contents = new ArrayList<>();
        if (content == null) {
            return contents;
        }
        content.forEach((mediaType, media) -> {
            SpecLocation mediaLocation = location.child(mediaType);
            MediaType value = media == null ? new MediaType() : media;
            contents.add(new Content(
                    mediaType,
                    value.getSchema() == null
                            ? Optional.empty()
                            : Optional.of(schemas.typeOf(value.getSchema(), hint, mediaLocation.child("schema"))
                                    .type()),
                    ParameterNormalizer.example(value.getExample(), value.getExamples()),
                    mediaLocation));
        });
        return contents;
    }

    private List<List<String>> security(io.swagger.v3.oas.models.Operation operation, SpecLocation location) {
        List<SecurityRequirement> requirements =
                operation.getSecurity() != null ? operation.getSecurity() : api.getSecurity();
        List<List<String>> alternatives = new ArrayList<>();
        if (requirements == null) {
            return alternatives;
        }
        for (SecurityRequirement requirement : requirements) {
            List<String> names = requirement == null ? List.of() : List.copyOf(requirement.keySet());
            List<String> unknown =
                    names.stream().filter(name -> !schemeNames.contains(name)).toList();
            if (!unknown.isEmpty()) {
                problems.warning(
                        "UNKNOWN_SECURITY_SCHEME",
                        location.child("security"),
                        "security requirement names undeclared scheme(s) " + unknown + "; that alternative is ignored");
                continue;
            }
            if (!alternatives.contains(names)) {
                alternatives.add(names);
            }
        }
        return alternatives;
    }

    static <T> T component(Map<String, T> components, String ref) {
        if (components == null || ref == null) {
            return null;
        }
        return components.get(
                ref.substring(ref.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~"));
    }

    private static io.swagger.v3.oas.models.Operation operationOf(PathItem item, HttpMethod method) {
        return switch (method) {
            case GET -> item.getGet();
            case PUT -> item.getPut();
            case POST -> item.getPost();
            case DELETE -> item.getDelete();
            case OPTIONS -> item.getOptions();
            case HEAD -> item.getHead();
            case PATCH -> item.getPatch();
            case TRACE -> item.getTrace();
        };
    }
}
