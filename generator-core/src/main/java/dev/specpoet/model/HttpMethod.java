package dev.specpoet.model;

/** The HTTP methods OpenAPI paths can hold. */
public enum HttpMethod {
    GET,
    PUT,
    POST,
    DELETE,
    OPTIONS,
    HEAD,
    PATCH,
    TRACE
}
