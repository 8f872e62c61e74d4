package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Puts the types of inline schemas inside the type that owns them, as the naming stage decided
 * ({@code Customer.Address}), so a client has one file per named type.
 */
final class Nesting {
    /** Emits the type of one definition, handing its builder to {@code members} before building it. */
    @FunctionalInterface
    interface DefinitionEmitter {
        TypeSpec emit(SchemaDef definition, Consumer<TypeSpec.Builder> members);
    }

    private final NamedModel named;
    private final DefinitionEmitter emitter;
    private final Map<ClassName, List<SchemaDef>> members;

    Nesting(NamedModel named, DefinitionEmitter emitter) {
        this.named = named;
        this.emitter = emitter;
        this.members = named.nestedTypes();
    }

    /** The type of a top-level definition, its nested types included. */
    TypeSpec emit(SchemaDef definition) {
        return emitter.emit(definition, builder -> complete(definition, builder));
    }

    /**
     * Adds the types nested in {@code owner} (a model or an API class) to its builder, each static.
     *
     * <p>A member type shadows an imported class of its simple name inside its owner, and in the
     * owner's record header, which JavaPoet writes before it knows the members: such classes are
     * never imported but written in full ({@code alwaysQualify} applies to the whole file). The
     * naming stage keeps nested names apart from the classes of the package, which need no import.
     */
    void addMembers(ClassName owner, TypeSpec.Builder builder) {
        for (SchemaDef definition : members.getOrDefault(owner, List.of())) {
            ClassName name = named.names(definition.id()).className();
            builder.alwaysQualify(name.simpleName());
            builder.addType(emitter.emit(definition, member -> {
                member.addModifiers(Modifier.STATIC);
                complete(definition, member);
            }));
        }
    }

    private void complete(SchemaDef definition, TypeSpec.Builder builder) {
        Set<String> inherited = inheritedMemberNames(definition.id());
        if (!inherited.isEmpty()) {
            // Member types inherited from a union's interface shadow imported classes the same way.
            builder.alwaysQualify(inherited.toArray(String[]::new));
        }
        addMembers(named.names(definition.id()).className(), builder);
    }

    /** The simple names of the types nested in the unions this definition's type implements, at any depth. */
    private Set<String> inheritedMemberNames(SchemaId id) {
        Set<String> names = new TreeSet<>();
        Set<SchemaId> seen = new HashSet<>();
        Deque<SchemaId> unions = new ArrayDeque<>(named.names(id).implemented());
        while (!unions.isEmpty()) {
            SchemaId union = unions.poll();
            if (seen.add(union)) {
                members.getOrDefault(named.names(union).className(), List.of())
                        .forEach(member ->
                                names.add(named.names(member.id()).className().simpleName()));
                unions.addAll(named.names(union).implemented());
            }
        }
        return names;
    }
}
