package dev.specpoet.model;

import java.util.List;
import java.util.Objects;

/** One declared response of an operation: its status, description, bodies and headers. */
public record Response(
        ResponseStatus status, String description, List<Content> contents, List<ResponseHeader> headers) {
    public Response {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        contents = List.copyOf(contents);
        headers = List.copyOf(headers);
    }
}
