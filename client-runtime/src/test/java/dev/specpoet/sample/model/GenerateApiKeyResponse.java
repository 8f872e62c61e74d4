package dev.specpoet.sample.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.specpoet.runtime.JsonNullable;

/** A generated model record. */
public record GenerateApiKeyResponse(
        @JsonProperty("apiKey") String apiKey,

        @JsonInclude(JsonInclude.Include.NON_EMPTY) @JsonProperty("note")
        JsonNullable<String> note) {}
