package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.api.MethodNaming;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.RequestBody;
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

    OperationNamer(String apiPackage, MethodNaming methodNaming, Map<SchemaId, ClassName> classNames) {
        this.apiPackage = apiPackage;
        this.methodNaming = methodNaming;
        this.classNames = classNames;
    }

    List<ApiGroup> group(List<Operation> operations, List<Tag> tags) {
        Map<String, List<Operation>> byTag = new LinkedHashMap<>();
        for (Operation operation : operations) {
            String tag = operation.tags().isEmpty() ? "" : operation.tags().get(0);
            byTag.computeIfAbsent(tag, key -> new ArrayList<>()).add(operation);
        }
        NameSpace classes = NameSpace.forClasses();
        List<ApiGroup> groups = new ArrayList<>();
        byTag.forEach((tag, grouped) -> {
            String wanted = tag.isEmpty() ? "DefaultApi" : JavaNames.typeName(tag, "Default") + "Api";
            ClassName className = ClassName.get(apiPackage, classes.claim(wanted));
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
        NameSpace constants = NameSpace.forMembers();
        NameSpace nested = NameSpace.forClasses().reserve(List.of(apiClass.simpleName()));
        List<OperationNames> named = new ArrayList<>();
        for (Operation operation : operations) {
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
        if (type instanceof NamedType named && classNames.containsKey(named.id())) {
            return JavaNames.memberName(classNames.get(named.id()).simpleName(), "body");
        }
        return "body";
    }
}
