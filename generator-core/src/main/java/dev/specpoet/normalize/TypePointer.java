package dev.specpoet.normalize;

import dev.specpoet.model.ArrayType;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.TypeRef;
import java.util.Map;
import java.util.Optional;

/** Follows an RFC 6901 JSON pointer through the model's types: which type a value at the pointer has. */
final class TypePointer {
    private final Map<SchemaId, SchemaDef> schemas;

    TypePointer(Map<SchemaId, SchemaDef> schemas) {
        this.schemas = schemas;
    }

    /** The type at {@code pointer} inside a value of {@code type}; empty when no declared part is there. */
    Optional<TypeRef> at(TypeRef type, String pointer) {
        if (pointer.isEmpty()) {
            return Optional.of(type);
        }
        TypeRef current = type;
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = raw.replace("~1", "/").replace("~0", "~");
            Optional<TypeRef> next = step(current, token);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.of(current);
    }

    /** The object schema a type names, when it is one. */
    Optional<ObjectDef> object(TypeRef type) {
        if (type instanceof NamedType named && schemas.get(named.id()) instanceof ObjectDef object) {
            return Optional.of(object);
        }
        return Optional.empty();
    }

    private Optional<TypeRef> step(TypeRef type, String token) {
        if (type instanceof ArrayType array) {
            return token.matches("\\d+") ? Optional.of(array.items()) : Optional.empty();
        }
        if (type instanceof MapType map) {
            return Optional.of(map.values());
        }
        return object(type).flatMap(object -> object.property(token)).map(Property::type);
    }
}
