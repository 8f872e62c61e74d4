package dev.specpoet.parse;

/** The spec dialects Specpoet reads. */
public enum SpecVersion {
    SWAGGER_2_0,
    OPENAPI_3_0,
    OPENAPI_3_1,
    /**
     * OpenAPI 3.2, which Swagger Parser cannot read: {@link Oas32Bridge} hands it the document as 3.1
     * and keeps the 3.2 parts for the model.
     */
    OPENAPI_3_2
}
