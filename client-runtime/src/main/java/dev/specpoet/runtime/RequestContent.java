package dev.specpoet.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The body of an {@link ApiRequest}, kept unserialized until the invoker's mapper renders it. */
sealed interface RequestContent {

    /** Returns the {@code Content-Type} header value, or empty for no body. */
    Optional<String> contentType();

    /** Renders the body; publishers are re-subscribable, so retries and redirects can resend them. */
    BodyPublisher publisher(ParamValues values, ObjectMapper mapper);

    /** No body. */
    record None() implements RequestContent {
        @Override
        public Optional<String> contentType() {
            return Optional.empty();
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            return BodyPublishers.noBody();
        }
    }

    /** A value serialized as JSON. */
    record Json(Object value, String type) implements RequestContent {
        @Override
        public Optional<String> contentType() {
            return Optional.of(type);
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            try {
                return BodyPublishers.ofByteArray(mapper.writeValueAsBytes(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "cannot write " + value.getClass().getName() + " as JSON", e);
            }
        }
    }

    /** Fields sent as {@code application/x-www-form-urlencoded}, each expanded like a form query parameter. */
    record Form(List<Field> fields) implements RequestContent {
        public Form {
            fields = List.copyOf(fields);
        }

        @Override
        public Optional<String> contentType() {
            return Optional.of("application/x-www-form-urlencoded");
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            String form = String.join(
                    "&",
                    fields.stream()
                            .flatMap(field ->
                                    values
                                            .queryPairs(field.name(), field.value(), ApiRequest.ParamStyle.FORM, true)
                                            .stream())
                            .toList());
            return BodyPublishers.ofString(form, StandardCharsets.UTF_8);
        }
    }

    /** Parts sent as {@code multipart/form-data}. */
    record Multipart(String boundary, List<Field> parts) implements RequestContent {
        public Multipart {
            parts = List.copyOf(parts);
        }

        @Override
        public Optional<String> contentType() {
            return Optional.of("multipart/form-data; boundary=" + boundary);
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            return new MultipartWriter(boundary, values, mapper).publisher(parts);
        }
    }

    /** Bytes sent as they are. */
    record Binary(byte[] bytes, String type) implements RequestContent {
        @Override
        public Optional<String> contentType() {
            return Optional.of(type);
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            return BodyPublishers.ofByteArray(bytes);
        }
    }

    /** Text sent as UTF-8. */
    record Text(String text, String type) implements RequestContent {
        @Override
        public Optional<String> contentType() {
            return Optional.of(type);
        }

        @Override
        public BodyPublisher publisher(ParamValues values, ObjectMapper mapper) {
            return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        }
    }

    /** A named form field or multipart part; a {@link FilePart} value makes a file part. */
    record Field(String name, Object value) {}
}
