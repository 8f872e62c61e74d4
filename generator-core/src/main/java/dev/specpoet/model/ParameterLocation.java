package dev.specpoet.model;

/** Where a parameter (or an API key) travels. */
public enum ParameterLocation {
    PATH,
    QUERY,
    HEADER,
    COOKIE
}
