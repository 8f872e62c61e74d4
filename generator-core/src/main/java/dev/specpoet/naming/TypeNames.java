package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.Property;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Java names of one schema's type.
 *
 * @param members JSON property name (objects) or value text (enums) to the Java field or constant
 *     name
 * @param wrappers for unions, the nested record name of each variant that is not a named type of
 *     its own (strings, lists, nested unions)
 * @param implemented the unions this type is a direct variant of: it implements (or, for a
 *     hierarchy, extends) their interfaces
 * @param accessors for a hierarchy parent, the common properties its interface declares
 * @param additionalMember for records (objects and a hierarchy's fallback), the component that
 *     keeps undeclared properties; it is never a property's Java or JSON name
 */
public record TypeNames(
        ClassName className,
        Map<String, String> members,
        Map<TypeRef, String> wrappers,
        List<SchemaId> implemented,
        List<Property> accessors,
        String additionalMember) {

    public TypeNames {
        Objects.requireNonNull(className, "className");
        members = Map.copyOf(members);
        wrappers = Map.copyOf(wrappers);
        implemented = List.copyOf(implemented);
        accessors = List.copyOf(accessors);
        Objects.requireNonNull(additionalMember, "additionalMember");
    }

    /** The Java name of a member; every member has one. */
    public String member(String key) {
        String name = members.get(key);
        if (name == null) {
            throw new IllegalArgumentException("No Java name for member '" + key + "' of " + className);
        }
        return name;
    }
}
