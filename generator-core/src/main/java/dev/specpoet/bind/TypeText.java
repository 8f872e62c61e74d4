package dev.specpoet.bind;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Java types as a declaration reads them: simple names, except where two classes of the same
 * declaration share a simple name, which are written in full.
 */
final class TypeText {
    private final Set<String> ambiguous;

    private TypeText(Set<String> ambiguous) {
        this.ambiguous = ambiguous;
    }

    /** A writer for the types of one declaration. */
    static TypeText of(Collection<TypeName> types) {
        Map<String, Set<ClassName>> bySimpleName = new HashMap<>();
        types.forEach(type -> collect(type, bySimpleName));
        Set<String> ambiguous = new HashSet<>();
        bySimpleName.forEach((simple, classes) -> {
            if (classes.size() > 1) {
                ambiguous.add(simple);
            }
        });
        return new TypeText(ambiguous);
    }

    private static void collect(TypeName type, Map<String, Set<ClassName>> bySimpleName) {
        if (type instanceof ParameterizedTypeName generic) {
            collect(generic.rawType(), bySimpleName);
            generic.typeArguments().forEach(argument -> collect(argument, bySimpleName));
        } else if (type instanceof ArrayTypeName array) {
            collect(array.componentType(), bySimpleName);
        } else if (type instanceof ClassName name) {
            bySimpleName.computeIfAbsent(simple(name), key -> new HashSet<>()).add(name);
        }
    }

    String of(TypeName type) {
        if (type instanceof ParameterizedTypeName generic) {
            return of(generic.rawType()) + "<"
                    + generic.typeArguments().stream().map(this::of).collect(Collectors.joining(", ")) + ">";
        }
        if (type instanceof ArrayTypeName array) {
            return of(array.componentType()) + "[]";
        }
        if (type instanceof ClassName name) {
            return ambiguous.contains(simple(name)) ? name.canonicalName() : simple(name);
        }
        return type.toString();
    }

    private static String simple(ClassName name) {
        return String.join(".", name.simpleNames());
    }
}
