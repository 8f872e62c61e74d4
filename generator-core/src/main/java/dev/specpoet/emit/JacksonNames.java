package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import dev.specpoet.api.JacksonEdition;

/**
 * The Jackson databind and core types generated code names, for the edition the client binds with.
 * They are written once, as Jackson 2 names; Jackson 3's come from the same {@link Jackson3Port} the
 * runtime is ported with, so generated code and runtime cannot disagree. Annotations are not here:
 * {@code com.fasterxml.jackson.annotation} serves both editions.
 *
 * @param typeReference {@code TypeReference}, for generic type tokens
 * @param jsonNode {@code JsonNode}, the raw value of an unknown union alternative
 * @param jsonDeserialize {@code @JsonDeserialize}
 * @param deserializer {@code JsonDeserializer} (Jackson 3: {@code ValueDeserializer}), for {@code None}
 */
record JacksonNames(ClassName typeReference, ClassName jsonNode, ClassName jsonDeserialize, ClassName deserializer) {
    static final JacksonNames JACKSON_2 = new JacksonNames(JacksonEdition.JACKSON_2);
    static final JacksonNames JACKSON_3 = new JacksonNames(JacksonEdition.JACKSON_3);

    private JacksonNames(JacksonEdition edition) {
        this(
                name(edition, "com.fasterxml.jackson.core.type.TypeReference"),
                name(edition, "com.fasterxml.jackson.databind.JsonNode"),
                name(edition, "com.fasterxml.jackson.databind.annotation.JsonDeserialize"),
                name(edition, "com.fasterxml.jackson.databind.JsonDeserializer"));
    }

    static JacksonNames of(JacksonEdition edition) {
        return edition == JacksonEdition.JACKSON_3 ? JACKSON_3 : JACKSON_2;
    }

    private static ClassName name(JacksonEdition edition, String jackson2Name) {
        return ClassName.bestGuess(
                edition == JacksonEdition.JACKSON_3 ? Jackson3Port.port(jackson2Name) : jackson2Name);
    }
}
