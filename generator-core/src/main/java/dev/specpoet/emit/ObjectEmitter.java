package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Emits the record of an object schema, implementing the unions it is a variant of. */
final class ObjectEmitter {
    private final NamedModel named;
    private final RecordEmitter records;

    ObjectEmitter(NamedModel named, RecordEmitter records) {
        this.named = named;
        this.records = records;
    }

    /** The record, with {@code members} (nested types, say) added to it before it is built. */
    TypeSpec emit(ObjectDef object, Consumer<TypeSpec.Builder> members) {
        TypeNames names = named.names(object.id());
        List<TypeName> interfaces = names.implemented().stream()
                .map(id -> (TypeName) named.names(id).className())
                .toList();
        RecordShape shape = new RecordShape(
                names.className(),
                object.properties(),
                names.members(),
                // Closed schemas keep undeclared properties too: a server that adds a field still
                // round-trips through this client (union matching reads closedness from the model).
                object.additionalProperties().orElse(ScalarType.ANY),
                interfaces,
                Javadocs.paragraphs(object.title(), object.description()),
                object.deprecated(),
                presets(object, names),
                !interfaces.isEmpty(),
                names.additionalMember());
        return records.emit(shape, false, members);
    }

    /**
     * Presets the discriminator property of a variant to the value that selects it, and every tag
     * (a property with one allowed value) to that value: a built value then says which variant it
     * is, as a decoder without a discriminator needs.
     */
    private Map<String, CodeBlock> presets(ObjectDef object, TypeNames names) {
        Map<String, CodeBlock> presets = new LinkedHashMap<>();
        for (SchemaId unionId : names.implemented()) {
            UnionDef union = (UnionDef) named.definition(unionId);
            if (union.discriminator().isEmpty()) {
                continue;
            }
            Optional<Property> property = object.property(union.discriminator().get());
            Optional<String> value = union.variants().stream()
                    .filter(v -> v.type() instanceof NamedType t && t.id().equals(object.id()))
                    .flatMap(v -> v.discriminatorValues().stream())
                    .findFirst();
            if (property.isEmpty() || value.isEmpty()) {
                continue;
            }
            String field = names.member(property.get().jsonName());
            literal(property.get(), value.get()).ifPresent(code -> presets.putIfAbsent(field, code));
        }
        for (Property property : object.properties()) {
            if (property.tag().orElse(null) instanceof JsonValue.Text text && !property.readOnly()) {
                String field = names.member(property.jsonName());
                literal(property, text.value()).ifPresent(code -> presets.putIfAbsent(field, code));
            }
        }
        return presets;
    }

    private Optional<CodeBlock> literal(Property property, String value) {
        if (property.distinguishesNullFromAbsent()) {
            return Optional.empty();
        }
        if (property.type() instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.STRING) {
            return Optional.of(CodeBlock.of("$S", value));
        }
        if (property.type() instanceof NamedType type) {
            SchemaDef definition = named.definition(type.id());
            if (definition instanceof EnumDef enumeration && enumeration.base() == ScalarType.Scalar.STRING) {
                ClassName enumClass = named.className(type);
                return Optional.of(CodeBlock.of("$T.of($S)", enumClass, value));
            }
        }
        return Optional.empty();
    }
}
