package dev.specpoet.model;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Objects;

/**
 * One declared response of an operation: its status, description, bodies and headers.
 *
 * @param location the response's entry under the operation's {@code responses}
 */
public record Response(
        ResponseStatus status,
        String description,
        List<Content> contents,
        List<ResponseHeader> headers,
        SpecLocation location) {
    public Response {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        contents = List.copyOf(contents);
        headers = List.copyOf(headers);
        Objects.requireNonNull(location, "location");
    }
}
