package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Content;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Property;
import dev.specpoet.model.Response;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The naming stage's entry point: from an {@link ApiModel} to a {@link NamedModel}. */
public final class JavaNameResolver {
    /** Methods of the generated {@code ApiClient.Builder} and its base class. */
    private static final Set<String> BUILDER_METHODS = Set.of(
            "baseUrl",
            "httpClient",
            "connectTimeout",
            "requestTimeout",
            "retryPolicy",
            "objectMapper",
            "userAgent",
            "listener",
            "defaultHeader",
            "credential",
            "build",
            "self",
            "buildInvoker",
            "getClass",
            "hashCode",
            "equals",
            "toString",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private final String basePackage;
    private final String runtimePackage;
    private final MethodNaming methodNaming;
    private final Set<String> supportClassNames;

    /**
     * @param runtimePackage the package of the runtime classes the client uses: the library's, or
     *     the copy's inside the client
     * @param supportClassNames the simple names of the runtime classes; generated classes in the base
     *     package do not take them, so that no client type reads like a runtime type
     */
    public JavaNameResolver(
            String basePackage, String runtimePackage, MethodNaming methodNaming, Set<String> supportClassNames) {
        this.basePackage = basePackage;
        this.runtimePackage = runtimePackage;
        this.methodNaming = methodNaming;
        this.supportClassNames = Set.copyOf(supportClassNames);
    }

    public NamedModel resolve(ApiModel model) {
        Map<SchemaId, SchemaDef> definitions = new LinkedHashMap<>();
        model.schemas().forEach(definition -> definitions.put(definition.id(), definition));
        TypeOwners owners = new TypeOwners(model.schemas(), model.operations());
        TypeNamer typeNamer = new TypeNamer(basePackage + ".model");
        Map<SchemaId, ClassName> classNames = new LinkedHashMap<>(typeNamer.topLevelNames(model.schemas(), owners));
        Map<String, List<SchemaDef>> operationTypes = new LinkedHashMap<>();
        for (SchemaDef definition : model.schemas()) {
            owners.operationOwner(definition.id())
                    .ifPresent(operation -> operationTypes
                            .computeIfAbsent(operation.location().pointer(), key -> new ArrayList<>())
                            .add(definition));
        }
        Map<ClassName, NameSpace> scopes = new LinkedHashMap<>();
        OperationNamer operationNamer =
                new OperationNamer(basePackage + ".api", methodNaming, classNames, operationTypes, scopes);
        List<ApiGroup> apis = operationNamer.group(model.operations(), model.tags());
        classNames.putAll(operationNamer.nestedTypes());
        typeNamer.addNestedNames(model.schemas(), owners, classNames, scopes);
        Map<SchemaId, Map<String, String>> members = new LinkedHashMap<>();
        for (SchemaDef definition : model.schemas()) {
            members.put(definition.id(), members(definition));
        }
        Map<SchemaId, List<SchemaId>> implemented = TypeNamer.implementedUnions(model.schemas(), definitions);
        Map<SchemaId, TypeNames> types = new LinkedHashMap<>();
        NameSpace typeNames = TypeNamer.typeNames(classNames);
        for (SchemaDef definition : model.schemas()) {
            ClassName className = classNames.get(definition.id());
            boolean union = definition instanceof UnionDef;
            types.put(
                    definition.id(),
                    new TypeNames(
                            className,
                            members.get(definition.id()),
                            union
                                    ? TypeNamer.wrapperNames(
                                            (UnionDef) definition, className, definitions, classNames, typeNames)
                                    : Map.of(),
                            implemented.getOrDefault(definition.id(), List.of()),
                            union ? TypeNamer.accessors((UnionDef) definition, definitions, members) : List.of(),
                            TypeNamer.additionalName(recordProperties(definition))));
        }
        NameSpace support = NameSpace.forClasses().reserve(supportClassNames);
        ClassName apiClient = ClassName.get(basePackage, support.claim("ApiClient"));
        return new NamedModel(
                model,
                runtimePackage,
                apiClient,
                definitions,
                types,
                apis,
                securityMethods(model.securitySchemes()),
                errorExceptions(model.operations(), classNames, support));
    }

    private static Map<String, String> members(SchemaDef definition) {
        if (definition instanceof EnumDef enumeration) {
            return TypeNamer.constantNames(enumeration);
        }
        return TypeNamer.propertyNames(recordProperties(definition));
    }

    /** The properties of the record a definition gives: an object's, or a hierarchy fallback's common ones. */
    private static List<Property> recordProperties(SchemaDef definition) {
        if (definition instanceof ObjectDef object) {
            return object.properties();
        }
        return definition instanceof UnionDef union ? union.commonProperties() : List.of();
    }

    private static Map<String, String> securityMethods(List<SecurityScheme> schemes) {
        NameSpace methods = NameSpace.forMembers().reserve(BUILDER_METHODS);
        Map<String, String> names = new LinkedHashMap<>();
        for (SecurityScheme scheme : schemes) {
            String wanted = JavaNames.memberName(scheme.name(), "auth");
            if (methods.isTaken(wanted)) {
                wanted = wanted + "Auth";
            }
            names.put(scheme.name(), methods.claim(wanted));
        }
        return names;
    }

    /** One exception class per named schema that some operation declares as an error body. */
    private Map<SchemaId, ClassName> errorExceptions(
            List<Operation> operations, Map<SchemaId, ClassName> classNames, NameSpace support) {
        Map<SchemaId, ClassName> exceptions = new LinkedHashMap<>();
        for (Operation operation : operations) {
            for (Response response : operation.errorResponses()) {
                for (Content content : response.contents()) {
                    TypeRef type = content.type().orElse(null);
                    if (type instanceof NamedType named && !exceptions.containsKey(named.id())) {
                        String wanted = classNames.get(named.id()).simpleName() + "Exception";
                        exceptions.put(named.id(), ClassName.get(basePackage, support.claim(wanted)));
                    }
                }
            }
        }
        return exceptions;
    }
}
