package dev.specpoet.model;

/** Where a parameter (or an API key) travels. */
public enum ParameterLocation {
    PATH,
    QUERY,
    HEADER,
    COOKIE,
    /**
     * OpenAPI 3.2's {@code in: querystring}: one parameter is the whole query string, serialized as
     * its {@link Parameter#mediaType()} says (form fields for {@code
     * application/x-www-form-urlencoded}).
     */
    QUERYSTRING
}
