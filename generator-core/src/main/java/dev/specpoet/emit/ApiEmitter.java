package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Emits one API class per tag: one group of methods per operation, sharing the client's invoker. */
final class ApiEmitter {
    private final NamedModel named;
    private final JavaTypes types;

    ApiEmitter(NamedModel named, JavaTypes types) {
        this.named = named;
        this.types = types;
    }

    /** The API class, with {@code members} (the types of inline bodies, say) added to it before it is built. */
    TypeSpec emit(BoundApi bound, Consumer<TypeSpec.Builder> members) {
        ApiGroup group = bound.group();
        String title = group.tag()
                .map(tag -> Javadocs.paragraphs(java.util.Optional.of(tag.name()), tag.description()))
                .orElse("Operations without a tag");
        TypeSpec.Builder api = TypeSpec.classBuilder(group.className())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "$L.\n\n<p>Thread-safe: share one instance, or make one per use; both are cheap.",
                        title.endsWith(".") ? title.substring(0, title.length() - 1) : title)
                .addField(types.support("ApiInvoker"), "invoker", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("An API object that sends its requests through {@code client}.")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(named.apiClient(), "client")
                        .addStatement("this.invoker = client.invoker()")
                        .build());
        Optional<List<List<String>>> shared = sharedSecurity(bound.operations());
        shared.ifPresent(security -> api.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(
                                ClassName.get(List.class), ParameterizedTypeName.get(List.class, String.class)),
                        ApiGroup.SECURITY_CONSTANT,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(OperationEmitter.security(security))
                .build()));
        for (OperationBinding operation : bound.operations()) {
            new OperationEmitter(named, types, operation, shared).addTo(api);
        }
        members.accept(api);
        return api.build();
    }

    /**
     * The security alternatives that most operations of the class share (the spec's global ones, as
     * a rule), when two or more do: they then name one constant instead of each repeating {@code
     * List.of(List.of(...), ...)}. Besides a line per operation, that spares javac its costliest
     * expression in an API class: nested {@code List.of} calls, each resolved against every overload
     * of the outer one.
     */
    private static Optional<List<List<String>>> sharedSecurity(List<OperationBinding> operations) {
        Map<List<List<String>>, Long> counts = operations.stream()
                .map(operation -> operation.operation().security())
                .filter(security -> !security.isEmpty())
                .collect(Collectors.groupingBy(security -> security, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() > 1)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey);
    }
}
