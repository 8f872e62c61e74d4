package dev.specpoet.model;

import java.util.Objects;

/** A value with no structure of its own: a string, a number, a date, bytes or anything at all. */
public record ScalarType(Scalar scalar) implements TypeRef {

    /** The scalar kinds, from OpenAPI's type and format. */
    public enum Scalar {
        STRING,
        INT32,
        INT64,
        FLOAT,
        DOUBLE,
        DECIMAL,
        BOOLEAN,
        DATE,
        DATE_TIME,
        UUID,
        URI,
        /** {@code format: byte}: base64 text on the wire, bytes in Java. */
        BYTES,
        /** {@code format: binary} or Swagger 2.0 {@code type: file}: raw content. */
        BINARY,
        /** A schema that allows any JSON value. */
        ANY
    }

    public static final ScalarType STRING = new ScalarType(Scalar.STRING);
    public static final ScalarType ANY = new ScalarType(Scalar.ANY);

    public ScalarType {
        Objects.requireNonNull(scalar, "scalar");
    }

    public static ScalarType of(Scalar scalar) {
        return new ScalarType(scalar);
    }
}
