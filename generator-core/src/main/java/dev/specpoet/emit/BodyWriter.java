package dev.specpoet.emit;

import com.palantir.javapoet.MethodSpec;
import dev.specpoet.bind.BodyBinding;
import dev.specpoet.bind.BodyEncoding;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.Optional;

/**
 * Writes the statements that put a request body on an {@code ApiRequest.Builder}: JSON as is,
 * form and multipart bodies field by field (files as file parts), bytes and text raw.
 */
final class BodyWriter {
    private final NamedModel named;

    BodyWriter(NamedModel named) {
        this.named = named;
    }

    void write(MethodSpec.Builder method, BodyBinding body, String name) {
        method.beginControlFlow("if ($L != null)", name);
        switch (body.encoding()) {
            case JSON -> method.addStatement("request.jsonBody($L, $S)", name, body.mediaType());
            case BINARY -> method.addStatement("request.binaryBody($L, $S)", name, body.mediaType());
            case TEXT -> method.addStatement("request.textBody($L, $S)", name, body.mediaType());
            case FORM, MULTIPART -> fields(method, body, name);
        }
        method.endControlFlow();
    }

    private void fields(MethodSpec.Builder method, BodyBinding body, String name) {
        boolean multipart = body.encoding() == BodyEncoding.MULTIPART;
        Optional<ObjectDef> object = body.schema()
                .filter(NamedType.class::isInstance)
                .map(type -> named.definition(((NamedType) type).id()))
                .filter(ObjectDef.class::isInstance)
                .map(ObjectDef.class::cast);
        if (object.isEmpty()) {
            if (body.schema().isEmpty() || body.schema().get() instanceof MapType) {
                method.addStatement("$L.forEach(request::$L)", name, multipart ? "multipartField" : "formField");
            } else {
                method.addStatement("request.jsonBody($L, $S)", name, "application/json");
            }
            return;
        }
        TypeNames names = named.names(object.get().id());
        for (Property property : object.get().properties()) {
            String accessor = name + "." + names.member(property.jsonName()) + "()";
            String value = property.distinguishesNullFromAbsent() ? accessor + ".orElse(null)" : accessor;
            if (multipart && isFile(property.type())) {
                method.addStatement("request.multipartFile($S, $L)", property.jsonName(), value);
            } else if (multipart && property.type() instanceof ArrayType array && isFile(array.items())) {
                method.beginControlFlow("if ($L != null)", value)
                        .addStatement("$L.forEach(file -> request.multipartFile($S, file))", value, property.jsonName())
                        .endControlFlow();
            } else {
                method.addStatement(
                        "request.$L($S, $L)", multipart ? "multipartField" : "formField", property.jsonName(), value);
            }
        }
        if (object.get().additionalProperties().isPresent()) {
            method.addStatement(
                    "$L.$L().forEach(request::$L)",
                    name,
                    names.additionalMember(),
                    multipart ? "multipartField" : "formField");
        }
    }

    private static boolean isFile(TypeRef type) {
        return type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.BINARY;
    }
}
