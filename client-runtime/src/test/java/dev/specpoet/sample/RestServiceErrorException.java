package dev.specpoet.sample;

import dev.specpoet.runtime.ApiException;
import dev.specpoet.runtime.ErrorResponse;
import dev.specpoet.sample.model.RestServiceError;

/** The typed exception the generator emits for an error body schema. */
public final class RestServiceErrorException extends ApiException {
    public RestServiceErrorException(ErrorResponse response, RestServiceError error) {
        super(response, error);
    }

    public RestServiceError error() {
        return (RestServiceError) errorBody();
    }
}
