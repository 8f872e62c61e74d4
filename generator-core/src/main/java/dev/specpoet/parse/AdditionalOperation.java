package dev.specpoet.parse;

import dev.specpoet.api.SpecLocation;
import io.swagger.v3.oas.models.Operation;
import java.util.Objects;

/**
 * An operation of an OpenAPI 3.2 path item that Swagger Parser's model has no slot for: the
 * {@code query} operation or an entry of {@code additionalOperations}.
 *
 * @param path the path it belongs to, as keyed under {@code paths}
 * @param method the path item field ({@code query}) or the {@code additionalOperations} key
 *     ({@code COPY}), as written
 * @param location the operation's node
 */
public record AdditionalOperation(String path, String method, Operation operation, SpecLocation location) {
    public AdditionalOperation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(location, "location");
    }
}
