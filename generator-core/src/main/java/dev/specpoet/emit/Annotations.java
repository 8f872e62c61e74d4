package dev.specpoet.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The Jackson annotations generated models carry. */
final class Annotations {
    static final String JACKSON = "com.fasterxml.jackson.annotation";
    static final ClassName JSON_PROPERTY = ClassName.get(JACKSON, "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get(JACKSON, "JsonInclude");
    static final ClassName JSON_ANY_SETTER = ClassName.get(JACKSON, "JsonAnySetter");
    static final ClassName JSON_ANY_GETTER = ClassName.get(JACKSON, "JsonAnyGetter");
    static final ClassName JSON_CREATOR = ClassName.get(JACKSON, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(JACKSON, "JsonValue");

    private Annotations() {}

    static AnnotationSpec property(String jsonName) {
        return AnnotationSpec.builder(JSON_PROPERTY)
                .addMember("value", "$S", jsonName)
                .build();
    }

    /** {@code @JsonInclude(JsonInclude.Include.X)}. */
    static AnnotationSpec include(String inclusion) {
        return AnnotationSpec.builder(JSON_INCLUDE)
                .addMember("value", "$T.Include.$L", JSON_INCLUDE, inclusion)
                .build();
    }

    /**
     * Keeps a union variant on Jackson's ordinary bean deserializer: it must not inherit the
     * union interface's own deserializer.
     */
    static AnnotationSpec plainDeserializer(JacksonNames jackson) {
        return AnnotationSpec.builder(jackson.jsonDeserialize())
                .addMember("using", "$T.None.class", jackson.deserializer())
                .build();
    }

    static AnnotationSpec deserializeWith(JacksonNames jackson, ClassName deserializer) {
        return AnnotationSpec.builder(jackson.jsonDeserialize())
                .addMember("using", "$T.class", deserializer)
                .build();
    }
}
