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
 * @param type the Java type of the result: the body's, or {@code Void} when there is none
 */
public record ResultBinding(Optional<String> statusKey, Optional<BodyBinding> body, TypeName type) {
    static final ClassName VOID = ClassName.get(Void.class);

    public ResultBinding {
        Objects.requireNonNull(statusKey, "statusKey");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(type, "type");
    }

    /** True when the plain method returns nothing. */
    public boolean isVoid() {
        return type.equals(VOID);
    }

    /** The return type of the plain method: {@code void} or the result type. */
    public TypeName returnType() {
        return isVoid() ? TypeName.VOID : type;
    }
}
