package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The naming stage's output: the model and the Java name of everything in it.
 *
 * @param definitions every schema definition of the model, by id
 * @param runtimePackage the package of the runtime classes the client calls ({@code ApiInvoker},
 *     {@code ApiException}, ...): the runtime library's, or that of the copy inside the client
 * @param securityMethods scheme name to the {@code ApiClient.Builder} method that sets its credential
 * @param errorExceptions error schema to the exception class thrown when a response carries it
 */
public record NamedModel(
        ApiModel model,
        String runtimePackage,
        ClassName apiClient,
        Map<SchemaId, SchemaDef> definitions,
        Map<SchemaId, TypeNames> types,
        List<ApiGroup> apis,
        Map<String, String> securityMethods,
        Map<SchemaId, ClassName> errorExceptions) {

    public NamedModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(runtimePackage, "runtimePackage");
        Objects.requireNonNull(apiClient, "apiClient");
        definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        apis = List.copyOf(apis);
        securityMethods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(securityMethods));
        errorExceptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errorExceptions));
    }

    /** The definitions whose types are files of their own, in model order. */
    public List<SchemaDef> topLevelDefinitions() {
        return model.schemas().stream()
                .filter(definition -> names(definition.id()).className().enclosingClassName() == null)
                .toList();
    }

    /**
     * The definitions whose types are nested directly in each owner (a model or an API class), in
     * model order; computed on each call, so callers keep the result.
     */
    public Map<ClassName, List<SchemaDef>> nestedTypes() {
        Map<ClassName, List<SchemaDef>> nested = new LinkedHashMap<>();
        for (SchemaDef definition : model.schemas()) {
            ClassName owner = names(definition.id()).className().enclosingClassName();
            if (owner != null) {
                nested.computeIfAbsent(owner, key -> new java.util.ArrayList<>())
                        .add(definition);
            }
        }
        return nested;
    }

    /** The names of a schema's type. */
    public TypeNames names(SchemaId id) {
        TypeNames names = types.get(id);
        if (names == null) {
            throw new IllegalArgumentException("No Java type for schema " + id);
        }
        return names;
    }

    public ClassName className(NamedType type) {
        return names(type.id()).className();
    }

    /** The definition of a schema. */
    public SchemaDef definition(SchemaId id) {
        SchemaDef definition = definitions.get(id);
        if (definition == null) {
            throw new IllegalArgumentException("No schema " + id);
        }
        return definition;
    }

    /** The exception type for an error body of this schema, if it has one. */
    public Optional<ClassName> errorException(SchemaId id) {
        return Optional.ofNullable(errorExceptions.get(id));
    }
}
