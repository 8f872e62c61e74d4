package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.specpoet.testserver.RecordedRequest;
import dev.specpoet.testserver.StubResponse;
import dev.specpoet.testserver.StubServerExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class RequestBodyTest {
    private static final Operation<Void> UPLOAD =
            Operation.builder("POST", "/upload", ResponseType.none()).build();

    @RegisterExtension
    final StubServerExtension stub = new StubServerExtension();

    private ApiInvoker invoker;

    @BeforeEach
    void setUp() {
        stub.server().respond(StubResponse.empty(204));
        invoker = Fixtures.invoker(stub.server().baseUrl()).build();
    }

    record Meta(String kind, int size) {}

    @Test
    void jsonBody() {
        RecordedRequest request =
                send(ApiRequest.builder(UPLOAD).jsonBody(new Meta("a", 1), "application/merge-patch+json"));

        assertThat(request.header("Content-Type")).contains("application/merge-patch+json");
        assertThat(request.bodyText()).isEqualTo("{\"kind\":\"a\",\"size\":1}");
    }

    @Test
    void formFields() {
        RecordedRequest request = send(ApiRequest.builder(UPLOAD)
                .formField("name", "a b&c=d")
                .formField("tag", List.of("x", "y"))
                .formField("skipped", null)
                .formField("meta", new Meta("k", 2)));

        assertThat(request.header("Content-Type")).contains("application/x-www-form-urlencoded");
        assertThat(request.bodyText()).isEqualTo("name=a%20b%26c%3Dd&tag=x&tag=y&kind=k&size=2");
    }

    @Test
    void multipartStreamsFilesAndWritesObjectsAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.csv");
        Files.writeString(file, "a,b\n1,2\n");

        RecordedRequest request = send(ApiRequest.builder(UPLOAD)
                .multipartField("title", "Q\"1\" report")
                .multipartField("labels", List.of("x", "y"))
                .multipartField("meta", new Meta("m", 3))
                .multipartFile("document", FilePart.of(file))
                .multipartFile("raw", FilePart.of("blob.bin", "application/octet-stream", new byte[] {0, 1})));

        String contentType = request.header("Content-Type").orElseThrow();
        assertThat(contentType).startsWith("multipart/form-data; boundary=specpoet-");
        String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
        List<String> parts = parts(request.body(), boundary);
        assertThat(parts)
                .containsExactly(
                        "Content-Disposition: form-data; name=\"title\"\r\n\r\nQ\"1\" report",
                        "Content-Disposition: form-data; name=\"labels\"\r\n\r\nx",
                        "Content-Disposition: form-data; name=\"labels\"\r\n\r\ny",
                        "Content-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                                + "{\"kind\":\"m\",\"size\":3}",
                        "Content-Disposition: form-data; name=\"document\"; filename=\"report.csv\"\r\n"
                                + "Content-Type: " + FilePart.of(file).contentType() + "\r\n\r\na,b\n1,2\n",
                        "Content-Disposition: form-data; name=\"raw\"; filename=\"blob.bin\"\r\n"
                                + "Content-Type: application/octet-stream\r\n\r\n\u0000\u0001");
    }

    @Test
    void multipartQuotesNamesSafely() {
        RecordedRequest request = send(ApiRequest.builder(UPLOAD)
                .multipartFile("f", FilePart.of("evil\"\r\nX-Injected: 1.txt", "text/plain", new byte[] {'x'})));

        assertThat(request.bodyText()).contains("filename=\"evil%22%0D%0AX-Injected: 1.txt\"");
    }

    @Test
    void binaryAndTextBodies() {
        RecordedRequest binary =
                send(ApiRequest.builder(UPLOAD).binaryBody(new byte[] {(byte) 0xff, 0}, "image/x-test"));
        RecordedRequest text = send(ApiRequest.builder(UPLOAD).textBody("héllo", "text/plain; charset=UTF-8"));

        assertThat(binary.body()).containsExactly(0xff, 0);
        assertThat(binary.header("Content-Type")).contains("image/x-test");
        assertThat(text.body()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void oneKindOfBodyPerRequest() {
        ApiRequest.Builder<Void> builder = ApiRequest.builder(UPLOAD).formField("a", 1);

        assertThatThrownBy(() -> builder.jsonBody(Map.of(), "application/json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Form");
        assertThatThrownBy(() -> builder.multipartField("b", 2)).isInstanceOf(IllegalStateException.class);
    }

    private RecordedRequest send(ApiRequest.Builder<Void> request) {
        invoker.send(request.build(), RequestOptions.none());
        return stub.server().lastRequest();
    }

    /** Splits a multipart body into its parts (headers and content), dropping the closing delimiter. */
    private static List<String> parts(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("--" + boundary + "\r\n").endsWith("\r\n--" + boundary + "--\r\n");
        String inner = text.substring(
                ("--" + boundary + "\r\n").length(), text.length() - ("\r\n--" + boundary + "--\r\n").length());
        return Arrays.stream(inner.split("\r\n--" + boundary + "\r\n"))
                .map(part -> new String(part.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
                .toList();
    }
}
