package dev.specpoet.bind;

import com.palantir.javapoet.TypeName;
import dev.specpoet.model.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * The one media type of a request or response body the client uses, how it is encoded or decoded,
 * and the Java type the code declares for it.
 *
 * @param schema the spec's schema of the body; empty when the spec gives none
 * @param javaType the type of the body argument, the result or the decoded error body
 */
public record BodyBinding(String mediaType, BodyEncoding encoding, Optional<TypeRef> schema, TypeName javaType) {
    public BodyBinding {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(javaType, "javaType");
    }
}
