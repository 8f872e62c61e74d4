package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation: an HTTP method on a path, with everything a call needs.
 *
 * @param operationId the spec's operationId, or one made from method and path when it has none
 * @param methodNameExtension the {@code x-methodName} extension, when present
 * @param tags the operation's tags in spec order; the first one picks its API class
 * @param parameters path-level and operation-level parameters merged, in spec order
 * @param security the effective security alternatives (OR); each one a set of scheme names sent
 *     together (AND); empty when the operation needs no credentials
 * @param extensions the operation's {@code x-} keys
 * @param pagination how the operation pages, when it does
 */
public record Operation(
        String operationId,
        boolean operationIdSynthesized,
        Optional<String> methodNameExtension,
        HttpMethod method,
        String path,
        List<String> tags,
        Optional<String> summary,
        Optional<String> description,
        boolean deprecated,
        List<Parameter> parameters,
        Optional<RequestBody> requestBody,
        List<Response> responses,
        List<List<String>> security,
        SpecLocation location,
        Extensions extensions,
        Optional<Pagination> pagination) {

    public Operation {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(methodNameExtension, "methodNameExtension");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        tags = List.copyOf(tags);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(requestBody, "requestBody");
        responses = List.copyOf(responses);
        security = security.stream().map(List::copyOf).toList();
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(pagination, "pagination");
    }

    /** This operation, paging as {@code pagination} says. */
    public Operation withPagination(Pagination pagination) {
        return new Operation(
                operationId,
                operationIdSynthesized,
                methodNameExtension,
                method,
                path,
                tags,
                summary,
                description,
                deprecated,
                parameters,
                requestBody,
                responses,
                security,
                location,
                extensions,
                Optional.of(pagination));
    }

    /** The responses with a 2xx status (or {@code 2XX}), in spec order. */
    public List<Response> successResponses() {
        return responses.stream().filter(r -> r.status().isSuccess()).toList();
    }

    /** The responses that describe failures: 4xx, 5xx, ranges and {@code default}. */
    public List<Response> errorResponses() {
        return responses.stream().filter(r -> !r.status().isSuccess()).toList();
    }
}
