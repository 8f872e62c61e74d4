package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.ScalarType.Scalar;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.JavaTypeNames;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a pagination's JSON pointers through the records the client decodes a page into, so the
 * generated paging reads each part through accessors: no JSON tree, and the page's items are the
 * list the body holds.
 */
final class PagingParts {
    /** What a part must be for its accessor to stand in for the pointer. */
    enum Kind {
        /** A list of the items' Java type. */
        ITEMS,
        /** A value whose {@code toString()} is its JSON text: a cursor or a link. */
        TEXT,
        /** A boolean: has-more. */
        FLAG,
        /** A whole number: a total. */
        COUNT
    }

    private static final Set<Scalar> TEXT =
            EnumSet.of(Scalar.STRING, Scalar.INT32, Scalar.INT64, Scalar.URI, Scalar.UUID);
    private static final Set<Scalar> COUNT = EnumSet.of(Scalar.INT32, Scalar.INT64);

    private final NamedModel named;
    private final JavaTypeNames types;

    PagingParts(NamedModel named, JavaTypeNames types) {
        this.named = named;
        this.types = types;
    }

    /**
     * The part at {@code pointer} inside a value of {@code from}. It keeps the run-time pointer when
     * the way there leaves the records (a map of additionalProperties, an untyped value, a union, an
     * array element), or ends in a type that is not what {@code kind} needs (a date where a cursor's
     * text is wanted): only the pointer then reads the part as the wire has it.
     */
    PagingPart part(Optional<TypeRef> from, String pointer, Kind kind, TypeName itemType) {
        if (from.isEmpty()) {
            return PagingPart.pointer(pointer);
        }
        TypeRef current = from.get();
        List<PagingPart.Step> path = new ArrayList<>();
        if (!pointer.isEmpty()) {
            for (String raw : pointer.substring(1).split("/", -1)) {
                String token = raw.replace("~1", "/").replace("~0", "~");
                Optional<Property> property = object(current).flatMap(object -> object.property(token));
                if (property.isEmpty()) {
                    return PagingPart.pointer(pointer);
                }
                NamedType owner = (NamedType) current;
                path.add(new PagingPart.Step(
                        named.names(owner.id()).member(token), property.get().distinguishesNullFromAbsent()));
                current = property.get().type();
            }
        }
        return fits(current, kind, itemType) ? new PagingPart(pointer, Optional.of(path)) : PagingPart.pointer(pointer);
    }

    private boolean fits(TypeRef type, Kind kind, TypeName itemType) {
        return switch (kind) {
            case ITEMS -> types.of(type).equals(ParameterizedTypeName.get(ClassName.get(List.class), itemType));
            case TEXT -> type instanceof ScalarType scalar && TEXT.contains(scalar.scalar());
            case FLAG -> type instanceof ScalarType scalar && scalar.scalar() == Scalar.BOOLEAN;
            case COUNT -> type instanceof ScalarType scalar && COUNT.contains(scalar.scalar());
        };
    }

    /** The object schema a type names: every one is a record, whose components the path can follow. */
    private Optional<ObjectDef> object(TypeRef type) {
        if (type instanceof NamedType namedType && named.definition(namedType.id()) instanceof ObjectDef object) {
            return Optional.of(object);
        }
        return Optional.empty();
    }
}
