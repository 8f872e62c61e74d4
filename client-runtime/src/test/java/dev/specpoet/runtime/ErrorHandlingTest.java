package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ErrorHandlingTest {
    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void connect() {
        invoker = Fixtures.invoker(stub.server().baseUrl())
                .retryPolicy(RetryPolicy.none())
                .build();
    }

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

    @Test
    void exactStatusGivesTypedException() {
        stub.server().respondInOrder(StubResponse.json(400, "{\"errorCode\":\"E1\",\"title\":\"Bad\"}"));

        RestServiceErrorException e = catchThrowableOfType(RestServiceErrorException.class, this::call);

        assertThat(e.error()).isEqualTo(new RestServiceError("E1", "Bad"));
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.method()).isEqualTo("POST");
        assertThat(e.uri()).hasToString(stub.server().baseUrl() + "/keys");
        assertThat(e.errorBody(RestServiceError.class)).contains(e.error());
        assertThat(e.errorBody(Problem.class)).isEmpty();
        assertThat(e)
                .hasMessage(
                        "POST " + stub.server().baseUrl() + "/keys -> 400: {\"errorCode\":\"E1\",\"title\":\"Bad\"}");
    }

    @Test
    void rangeBeatsDefaultAndGivesGenericExceptionWithBody() {
        stub.server().respondInOrder(StubResponse.json(422, "{\"type\":\"t\",\"detail\":\"d\"}"));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e.errorBody()).isEqualTo(new Problem("t", "d"));
        assertThat(e.headers()).containsKey("content-type");
    }

    @Test
    void defaultCatchesTheRest() {
        stub.server().respondInOrder(StubResponse.of(503, null, "down\r\nfor\tmaintenance"));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.errorBody()).isEqualTo("down\r\nfor\tmaintenance");
        assertThat(e).hasMessage("POST " + stub.server().baseUrl() + "/keys -> 503: down for maintenance");
    }

    @Test
    void undecodableErrorBodyGivesPlainExceptionWithoutBody() {
        stub.server().respondInOrder(StubResponse.of(400, "text/html", "<html><body>Bad gateway</body></html>"));

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
        stub.server().respondInOrder(StubResponse.of(500, "text/html", "<html><h1>Internal Server Error</h1></html>"));

        assertThatThrownBy(() -> invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none()))
                .isExactlyInstanceOf(ApiException.class)
                .hasMessage(
                        "GET " + stub.server().baseUrl() + "/pets -> 500: <html><h1>Internal Server Error</h1></html>");
    }

    @Test
    void undeclaredStatusGivesPlainExceptionAndLongBodiesAreShortenedInTheMessage() {
        Operation<Void> operation =
                Operation.builder("GET", "/x", ResponseType.none()).build();
        stub.server().respondInOrder(StubResponse.of(409, null, "y".repeat(5000)));

        ApiException e = catchThrowableOfType(
                ApiException.class,
                () -> invoker.send(ApiRequest.builder(operation).build(), RequestOptions.none()));

        assertThat(e.errorBody()).isNull();
        assertThat(e.rawBody()).hasSize(5000);
        assertThat(e.getMessage()).endsWith("y...").hasSizeLessThan(300);
    }

    @Test
    void emptyErrorBodyGivesPlainException() {
        stub.server().respondInOrder(StubResponse.empty(400));

        ApiException e = catchThrowableOfType(ApiException.class, this::call);

        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e).hasMessage("POST " + stub.server().baseUrl() + "/keys -> 400");
    }

    private void call() {
        invoker.send(ApiRequest.builder(OPERATION).build(), RequestOptions.none());
    }
}
