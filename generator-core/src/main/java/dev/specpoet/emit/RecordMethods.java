package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The {@code Object} methods a record needs beyond the defaults: {@code toString} with secrets
 * masked, and {@code equals}/{@code hashCode} comparing byte arrays by content.
 */
final class RecordMethods {
    private final RecordShape shape;
    private final List<RecordEmitter.Component> components;

    RecordMethods(RecordShape shape, List<RecordEmitter.Component> components) {
        this.shape = shape;
        this.components = components;
    }

    void addTo(TypeSpec.Builder record) {
        if (components.stream().anyMatch(c -> JavaTypes.isArray(c.type()))) {
            record.addMethod(equalsMethod());
            record.addMethod(hashCodeMethod());
        }
        if (components.stream().anyMatch(RecordMethods::isSecret)) {
            record.addMethod(toStringMethod());
        }
    }

    private static boolean isSecret(RecordEmitter.Component component) {
        return component.property() != null && Secrets.isSecret(component.property());
    }

    private MethodSpec equalsMethod() {
        ClassName self = shape.name();
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (int i = 0; i < components.size(); i++) {
            RecordEmitter.Component component = components.get(i);
            if (i > 0) {
                comparison.add("\n&& ");
            }
            Class<?> helper = JavaTypes.isArray(component.type()) ? Arrays.class : Objects.class;
            comparison.add("$T.equals($L, other.$L)", helper, component.name(), component.name());
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "object")
                .addStatement("if (this == object) return true")
                .addStatement("if (!(object instanceof $T other)) return false", self)
                .addStatement("return $L", comparison.isEmpty() ? CodeBlock.of("true") : comparison.build())
                .build();
    }

    private MethodSpec hashCodeMethod() {
        CodeBlock.Builder hash = CodeBlock.builder().add("int result = 1;\n");
        for (RecordEmitter.Component component : components) {
            Class<?> helper = JavaTypes.isArray(component.type()) ? Arrays.class : Objects.class;
            hash.addStatement("result = 31 * result + $T.hashCode($L)", helper, component.name());
        }
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addCode(hash.build())
                .addStatement("return result")
                .build();
    }

    private MethodSpec toStringMethod() {
        CodeBlock.Builder text =
                CodeBlock.builder().add("return $S", shape.name().simpleName() + "[");
        for (int i = 0; i < components.size(); i++) {
            RecordEmitter.Component component = components.get(i);
            String label = (i > 0 ? ", " : "") + component.name() + "=";
            if (isSecret(component)) {
                text.add("\n+ $S + ($L == null ? null : $S)", label, component.name(), "****");
            } else if (JavaTypes.isArray(component.type())) {
                text.add("\n+ $S + $T.toString($L)", label, Arrays.class, component.name());
            } else {
                text.add("\n+ $S + $L", label, component.name());
            }
        }
        text.add("\n+ $S;\n", "]");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(text.build())
                .build();
    }
}
