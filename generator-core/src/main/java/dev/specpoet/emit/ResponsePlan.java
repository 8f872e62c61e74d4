package dev.specpoet.emit;

import dev.specpoet.model.Operation;
import dev.specpoet.model.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How an operation's responses are handled: the success body (the first 2xx response with a body,
 * or {@code default} when no 2xx is declared) and the declared error bodies, by status.
 */
record ResponsePlan(Optional<BodyChoice> success, List<ErrorBody> errors, Optional<String> accept) {

    /** A declared error body for a status key such as {@code 400}, {@code 4XX} or {@code default}. */
    record ErrorBody(String statusKey, BodyChoice body) {}

    static ResponsePlan of(Operation operation) {
        List<Response> successes = operation.successResponses();
        Optional<Response> defaultResponse = operation.responses().stream()
                .filter(r -> r.status().isDefault())
                .findFirst();
        boolean defaultIsSuccess = successes.isEmpty() && defaultResponse.isPresent();
        Optional<BodyChoice> success = (defaultIsSuccess ? List.of(defaultResponse.get()) : successes)
                .stream()
                        .map(response -> BodyChoice.of(response.contents()))
                        .flatMap(Optional::stream)
                        .findFirst();
        List<ErrorBody> errors = new ArrayList<>();
        Set<String> accept = new LinkedHashSet<>();
        success.ifPresent(choice -> accept.add(choice.mediaType()));
        for (Response response : operation.errorResponses()) {
            if (defaultIsSuccess && response.status().isDefault()) {
                continue;
            }
            Optional<BodyChoice> body = BodyChoice.of(response.contents());
            body.ifPresent(choice -> {
                errors.add(new ErrorBody(response.status().wireKey(), choice));
                accept.add(choice.mediaType());
            });
        }
        return new ResponsePlan(
                success, errors, accept.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", accept)));
    }
}
