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
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_DESERIALIZER = ClassName.get("com.fasterxml.jackson.databind", "JsonDeserializer");

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
    static AnnotationSpec plainDeserializer() {
        return AnnotationSpec.builder(JSON_DESERIALIZE)
                .addMember("using", "$T.None.class", JSON_DESERIALIZER)
                .build();
    }

    static AnnotationSpec deserializeWith(ClassName deserializer) {
        return AnnotationSpec.builder(JSON_DESERIALIZE)
                .addMember("using", "$T.class", deserializer)
                .build();
    }
}
