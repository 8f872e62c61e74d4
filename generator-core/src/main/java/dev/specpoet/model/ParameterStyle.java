package dev.specpoet.model;

/** How a parameter value is serialized, as OpenAPI's {@code style} says. */
public enum ParameterStyle {
    SIMPLE,
    FORM,
    SPACE_DELIMITED,
    PIPE_DELIMITED,
    DEEP_OBJECT,
    LABEL,
    MATRIX
}
