package dev.specpoet.runtime;

import java.time.Duration;

/** Shared settings that keep the HTTP tests fast: tiny backoffs, short timeouts. */
final class Fixtures {
    static final RetryPolicy FAST_RETRIES = RetryPolicy.builder()
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(5))
            .build();

    private Fixtures() {}

    /** Returns an invoker builder for {@code baseUrl} with fast retries and a 5 s request timeout. */
    static ApiInvoker.Builder invoker(String baseUrl) {
        return ApiInvoker.builder().baseUrl(baseUrl).retryPolicy(FAST_RETRIES).requestTimeout(Duration.ofSeconds(5));
    }

    /** A JSON body used across tests. */
    record Pet(long id, String name) {}

    static Operation<Pet> getPet() {
        return Operation.builder("GET", "/pets/{petId}", ResponseType.json(Pet.class))
                .operationId("getPet")
                .accept("application/json")
                .build();
    }

    static ApiRequest<Pet> getPet(long id) {
        return ApiRequest.builder(getPet()).pathParam("petId", id).build();
    }

    static Operation<Pet> createPet() {
        return Operation.builder("POST", "/pets", ResponseType.json(Pet.class))
                .operationId("createPet")
                .build();
    }

    static ApiRequest<Pet> createPet(Pet pet) {
        return ApiRequest.builder(createPet()).jsonBody(pet, "application/json").build();
    }
}
