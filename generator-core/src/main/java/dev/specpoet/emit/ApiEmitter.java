package dev.specpoet.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import java.util.function.Consumer;
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
        for (OperationBinding operation : bound.operations()) {
            new OperationEmitter(named, types, operation).addTo(api);
        }
        members.accept(api);
        return api.build();
    }
}
