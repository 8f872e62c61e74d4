package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.Objects;
import java.util.Optional;

/**
 * What a successful call returns.
 *
 * @param statusKey the declared response the result comes from ({@code 200}, {@code 2XX}, or
 *     {@code default} when no 2xx is declared); empty when no response declares a body
 * @param body the media type read and how; empty when there is no body
 * @param type the Java type of the result: the body's, {@code EventStream<Item>} for a stream, or
 *     {@code Void} when there is none
 * @param stream how the body streams, when its media type is a sequence (server-sent events, JSON
 *     lines, JSON text sequences); the body's Java type is then one item's
 */
public record ResultBinding(
        Optional<String> statusKey, Optional<BodyBinding> body, TypeName type, Optional<StreamBinding> stream) {
    static final ClassName VOID = ClassName.get(Void.class);

    public ResultBinding {
        Objects.requireNonNull(statusKey, "statusKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(stream, "stream");
    }

    /** A result read in full, not streamed. */
    ResultBinding(Optional<String> statusKey, Optional<BodyBinding> body, TypeName type) {
        this(statusKey, body, type, Optional.empty());
    }

    /** True when a successful call returns an {@code EventStream} of items. */
    public boolean isStream() {
        return stream.isPresent();
    }

    /** True when the plain method returns nothing. */
    public boolean isVoid() {
        return type.equals(VOID);
    }

    /**
     * True when a call may return null: a JSON body, which the runtime decodes to null when the
     * server sends none (a 204, say) or sends {@code null}. Text is never null (an empty body is
     * {@code ""}), nor are bytes or a stream.
     */
    public boolean mayBeNull() {
        return stream.isEmpty()
                && body.filter(b -> b.encoding() == BodyEncoding.JSON).isPresent();
    }

    /** The return type of the plain method: {@code void} or the result type. */
    public TypeName returnType() {
        return isVoid() ? TypeName.VOID : type;
    }
}
