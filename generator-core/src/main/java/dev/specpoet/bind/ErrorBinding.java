package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import java.util.Objects;

/**
 * What the client does with one declared error body: the exception it throws and how it reads the
 * body.
 *
 * @param statusKey the status as the client registers it: {@code 404}, {@code 4XX} or {@code default}
 * @param body the media type read and the body's Java type
 * @param exception the exception thrown: the schema's typed exception when {@code typed}, else the
 *     client's {@code ApiException}
 * @param typed whether {@code exception} is a typed exception whose {@code error()} returns the body
 */
public record ErrorBinding(String statusKey, BodyBinding body, ClassName exception, boolean typed) {
    public ErrorBinding {
        Objects.requireNonNull(statusKey, "statusKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(exception, "exception");
    }

    /** True when the body is kept as the exception's raw text or bytes, not decoded from JSON. */
    public boolean isRaw() {
        return body.encoding() != BodyEncoding.JSON;
    }
}
