package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specpoet.runtime.TestServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {
    private final TestServer server = TestServer.start();
    private final ApiInvoker invoker =
            Fixtures.invoker(server.url()).retryPolicy(RetryPolicy.none()).build();

    record RestServiceError(String errorCode, String title) {}

    record Problem(String type, String detail) {}

    /** Written as the generator writes a typed error exception. */
    static final class RestServiceErrorException extends ApiException {
        RestServiceErrorException(ErrorResponse response, RestServiceError error) {
            super(response, error);
        }

        RestServiceError error() {
            return (RestServiceError) errorBody();
        }
    }

    private static final Operation<Void> OPERATION = Operation.builder("POST", "/keys", ResponseType.none())
            .operationId("generateNewApiKey")
            .error("400", ResponseType.json(RestServiceError.class), RestServiceErrorException::new)
            .error("4xx", ResponseType.json(Problem.class))
            .error("default", ResponseType.text())
            .build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void exactStatusGivesTypedException() {
        server.enqueue(Reply.json(400, "{\"errorCode\":\"E1\",\"title\":\"Bad\"}"));

        RestServiceErrorException e = catchThrowableOfType(RestServiceErrorException.class, this::call);

        assertThat(e.error()).isEqualTo(new RestServiceError("E1", "Bad"));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.uri()).hasToString(server.url() + "/keys");
        assertThat(e.errorBody(RestServiceError.class)).contains(e.error());
        assertThat(e.errorBody(Problem.class)).isEmpty();
        assertThat(e).hasMessage("POST " + server.url() + "/keys -> 400: {\"errorCode\":\"E1\",\"title\":\"Bad\"}");
    }

    @Test
    void rangeBeatsDefaultAndGivesGenericExceptionWithBody() {
        server.enqueue(Reply.json(422, "{\"type\":\"t\",\"detail\":\"d\"}"));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e.errorBody()).isEqualTo(new Problem("t", "d"));
        assertThat(e.headers()).containsKey("content-type");
    }

    @Test
    void defaultCatchesTheRest() {
        server.enqueue(Reply.of(503, "down\r\nfor\tmaintenance"));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.errorBody()).isEqualTo("down\r\nfor\tmaintenance");
        assertThat(e).hasMessage("POST " + server.url() + "/keys -> 503: down for maintenance");
    }

    @Test
    void undecodableErrorBodyGivesPlainExceptionWithoutBody() {
        server.enqueue(Reply.of(400, "<html><body>Bad gateway</body></html>", "Content-Type", "text/html"));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e.errorBody()).isNull();
        assertThat(e.rawBody()).isEqualTo("<html><body>Bad gateway</body></html>");
    }

    @Test
    void htmlServerErrorIsAnApiExceptionNotADecodingFailure() {
        Operation<Fixtures.Pet> operation = Operation.builder("GET", "/pets", ResponseType.json(Fixtures.Pet.class))
                .error("5XX", ResponseType.json(Problem.class))
                .build();
        server.enqueue(Reply.of(500, "<html><h1>Internal Server Error</h1></html>", "Content-Type", "text/html"));

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none()))
                .isExactlyInstanceOf(ApiException.class)
                .hasMessage("GET " + server.url() + "/pets -> 500: <html><h1>Internal Server Error</h1></html>");
    }

    @Test
    void undeclaredStatusGivesPlainExceptionAndLongBodiesAreShortenedInTheMessage() {
        Operation<Void> operation =
                Operation.builder("GET", "/x", ResponseType.none()).build();
        server.enqueue(Reply.of(409, "y".repeat(5000)));

        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none()));

        assertThat(e.errorBody()).isNull();
        assertThat(e.rawBody()).hasSize(5000);
        assertThat(e.getMessage()).endsWith("y...").hasSizeLessThan(300);
    }

    @Test
    void emptyErrorBodyGivesPlainException() {
        server.enqueue(Reply.of(400, ""));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e).hasMessage("POST " + server.url() + "/keys -> 400");
    }

    private void call() {
        invoker.send(ApiRequest.builder(OPERATION).build(), RequestOptions.none());
    }
}
