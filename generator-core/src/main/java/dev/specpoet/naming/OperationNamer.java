package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.RequestBody;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.Tag;
import dev.specpoet.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups operations into API classes (one per first tag, untagged ones in {@code DefaultApi}) and
 * names their methods, parameters and optional-parameter classes.
 */
final class OperationNamer {
    /** Suffixes of the methods derived from each operation's name; they must stay free too. */
    static final List<String> DERIVED =
            List.of("", "WithResponse", "Async", "WithResponseAsync", "Request", "AutoPaging");

    private static final Set<String> OBJECT_METHODS =
            Set.of("getClass", "hashCode", "equals", "toString", "notify", "notifyAll", "wait", "clone", "finalize");

    /** Parameter names the generated methods use themselves. */
    private static final Set<String> METHOD_LOCALS = Set.of(
            "options",
            "params",
            "invoker",
            "request",
            "builder",
            "build",
            "hashCode",
            "toString",
            "equals",
            "getClass",
            "clone",
            "finalize",
            "notify",
            "notifyAll",
            "wait");

    private final String apiPackage;
    private final MethodNaming methodNaming;
    private final Map<SchemaId, ClassName> classNames;
    private final Map<String, List<SchemaDef>> inlineTypes;
    private final Map<SchemaId, ClassName> nestedTypes = new LinkedHashMap<>();
    private final Map<ClassName, NameSpace> scopes;

    /**
     * @param classNames the names of the types not nested in an API class
     * @param inlineTypes by operation pointer, the definitions nested in the operation's API class
     * @param scopes where the nested class names taken in each API class are kept
     */
    OperationNamer(
            String apiPackage,
            MethodNaming methodNaming,
            Map<SchemaId, ClassName> classNames,
            Map<String, List<SchemaDef>> inlineTypes,
            Map<ClassName, NameSpace> scopes) {
        this.apiPackage = apiPackage;
        this.methodNaming = methodNaming;
        this.classNames = classNames;
        this.inlineTypes = inlineTypes;
        this.scopes = scopes;
    }

    /** The names {@link #group} gave the types nested in API classes. */
    Map<SchemaId, ClassName> nestedTypes() {
        return java.util.Collections.unmodifiableMap(nestedTypes);
    }

    List<ApiGroup> group(List<Operation> operations, List<Tag> tags) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Operation operation : operations) {
            String tag = operation.tags().isEmpty() ? "" : operation.tags().get(0);
            byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(operation);
        }
        // Every API class is named before any nested type: a type nested in one must not shadow another.
        NameSpace classes = NameSpace.forClasses();
        Map<String, ClassName> classNames = new LinkedHashMap<>();
        byTag.keySet()
                .forEach(tag -> classNames.put(
                        tag,
                        ClassName.get(
                                apiPackage,
                                classes.claim(
                                        tag.isEmpty() ? "DefaultApi" : JavaNames.typeName(tag, "Default") + "Api"))));
        List<ApiGroup> groups = new ArrayList<>();
        byTag.forEach((tag, grouped) -> {
            ClassName className = classNames.get(tag);
            scopes.put(className, TypeNamer.fileScope(className, classes));
            Optional<Tag> declared =
                    tags.stream().filter(t -> t.name().equals(tag)).findFirst();
            if (declared.isEmpty() && !tag.isEmpty()) {
                declared = Optional.of(new Tag(tag, Optional.empty()));
            }
            groups.add(new ApiGroup(className, declared, nameOperations(className, grouped)));
        });
        return groups;
    }

    private List<OperationNames> nameOperations(ClassName apiClass, List<Operation> operations) {
        NameSpace methods = NameSpace.forMembers().reserve(OBJECT_METHODS);
        NameSpace constants = NameSpace.forMembers().reserve(List.of(ApiGroup.SECURITY_CONSTANT));
        NameSpace nested = scopes.get(apiClass);
        List<OperationNames> named = new ArrayList<>();
        for (Operation operation : operations) {
            // The operation's inline types first: their names come from the spec, ours give way.
            for (SchemaDef definition :
                    inlineTypes.getOrDefault(operation.location().pointer(), List.of())) {
                nestedTypes.put(
                        definition.id(),
                        apiClass.nestedClass(nested.claim(TypeNamer.className(definition.nameHint()))));
            }
            String method = claimMethod(methods, baseName(operation));
            String constant = constants.claim(JavaNames.constantName(method));
            if (operation.pagination().isPresent()) {
                // The paging description's field, named after the operation's; see PagingBinding.
                constants.reserve(List.of(constant + "_PAGING"));
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            NameSpace locals = NameSpace.forMembers().reserve(METHOD_LOCALS);
            for (Parameter parameter : operation.parameters()) {
                String wanted = JavaNames.memberName(parameter.name(), "value");
                if (locals.isTaken(wanted)) {
                    wanted = wanted
                            + JavaNames.typeName(parameter.location().name().toLowerCase(Locale.ROOT), "");
                }
                parameters.put(OperationNames.key(parameter), locals.claim(wanted));
            }
            Optional<String> body = operation.requestBody().map(requestBody -> locals.claim(bodyName(requestBody)));
            boolean hasOptional = operation.parameters().stream().anyMatch(p -> !p.required());
            Optional<ClassName> paramsClass = hasOptional
                    ? Optional.of(
                            apiClass.nestedClass(nested.claim(JavaNames.typeName(method, "Operation") + "Params")))
                    : Optional.empty();
            named.add(new OperationNames(operation, method, constant, parameters, body, paramsClass));
        }
        return named;
    }

    private String baseName(Operation operation) {
        if (methodNaming == MethodNaming.X_METHOD_NAME
                && operation.methodNameExtension().isPresent()) {
            return JavaNames.memberName(operation.methodNameExtension().get(), "call");
        }
        return JavaNames.memberName(operation.operationId(), "call");
    }

    /** Claims a method name whose derived names are all free as well. */
    private static String claimMethod(NameSpace methods, String wanted) {
        String candidate = wanted;
        for (int i = 2; !allFree(methods, candidate); i++) {
            candidate = JavaNames.shorten(wanted + i);
        }
        for (String suffix : DERIVED) {
            methods.claim(candidate + suffix);
        }
        return candidate;
    }

    private static boolean allFree(NameSpace methods, String candidate) {
        return DERIVED.stream().noneMatch(suffix -> methods.isTaken(candidate + suffix));
    }

    /**
     * The body's name: the spec's hint, else its schema's class when every media type it is offered
     * in with a schema has that one. Which media type the client sends is the bind stage's decision, so
     * the name must not depend on it.
     */
    private String bodyName(RequestBody body) {
        if (body.nameHint().isPresent()) {
            return JavaNames.memberName(body.nameHint().get(), "body");
        }
        Set<TypeRef> types = new HashSet<>();
        body.contents().forEach(content -> content.type().ifPresent(types::add));
        TypeRef type = types.size() == 1 ? types.iterator().next() : null;
        ClassName name = type instanceof NamedType named
                ? classNames.getOrDefault(named.id(), nestedTypes.get(named.id()))
                : null;
        if (name != null) {
            return JavaNames.memberName(name.simpleName(), "body");
        }
        return "body";
    }
}
