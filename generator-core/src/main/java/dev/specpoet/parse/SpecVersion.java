package dev.specpoet.parse;

/** The spec dialects Specpoet reads. */
public enum SpecVersion {
    SWAGGER_2_0,
    OPENAPI_3_0,
    OPENAPI_3_1
}
