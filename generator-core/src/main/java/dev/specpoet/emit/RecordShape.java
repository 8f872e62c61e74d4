package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Property;
import dev.specpoet.model.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * What a generated record is made of, whether it stands for an object schema or for the fallback
 * of a hierarchy.
 *
 * @param javaNames JSON property name to component name
 * @param additional the type of undeclared properties, kept in the {@code additionalName} component
 * @param builderDefaults component name to the initial value its builder field gets
 * @param unionVariant true when the record implements a union interface
 * @param additionalName the Java name of the component holding undeclared properties
 */
record RecordShape(
        ClassName name,
        List<Property> properties,
        Map<String, String> javaNames,
        TypeRef additional,
        List<TypeName> interfaces,
        String javadoc,
        boolean deprecated,
        Map<String, CodeBlock> builderDefaults,
        boolean unionVariant,
        String additionalName) {}
