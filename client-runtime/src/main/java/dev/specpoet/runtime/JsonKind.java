package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON kinds a union alternative accepts. A union deserializer only tries an alternative on a
 * value of its kind, so a string is never coerced into a number or an object into a string.
 */
public enum JsonKind {
    OBJECT,
    ARRAY,
    STRING,
    /** Integral numbers only: {@code 3} but not {@code 3.5}. */
    INTEGER,
    /** Any number, integral or not. */
    NUMBER,
    BOOLEAN,
    /** Any value, null included. */
    ANY;

    /** Returns whether a value of this kind can be {@code node}. */
    public boolean accepts(JsonNode node) {
        return switch (this) {
            case OBJECT -> node.isObject();
            case ARRAY -> node.isArray();
            case STRING -> node.isTextual();
            case INTEGER -> node.isIntegralNumber();
            case NUMBER -> node.isNumber();
            case BOOLEAN -> node.isBoolean();
            case ANY -> true;
        };
    }
}
