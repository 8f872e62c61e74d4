package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java shape of one generated operation method, as {@link OperationEmitter} declares it, for
 * documentation that must match the code: derived from the same plans, never re-derived.
 *
 * @param body the Java type of the success body; {@code Void} when there is none
 * @param arguments the positional arguments of the plain method, in order
 * @param paramsClass the optional-parameters record, passed after the positional arguments
 * @param optionalParameters the parameters the params record carries, in spec order
 * @param contentType the media type the request body is sent as
 * @param accept the {@code Accept} header the operation sends
 * @param exceptions typed exception to the status keys that throw it, in spec order
 */
public record OperationSignature(
        TypeName body,
        List<Argument> arguments,
        Optional<ClassName> paramsClass,
        List<Parameter> optionalParameters,
        Optional<String> contentType,
        Optional<String> accept,
        Map<ClassName, List<String>> exceptions) {

    /**
     * One positional argument.
     *
     * @param parameter the spec parameter; empty for the request body
     * @param model the model type the Java type was made from; empty when the Java type is not
     *     simply the schema's (raw bodies, text, forms without a schema)
     */
    public record Argument(String name, TypeName type, Optional<Parameter> parameter, Optional<TypeRef> model) {
        public Argument {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(parameter, "parameter");
            Objects.requireNonNull(model, "model");
        }
    }

    public OperationSignature {
        Objects.requireNonNull(body, "body");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(paramsClass, "paramsClass");
        optionalParameters = List.copyOf(optionalParameters);
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(accept, "accept");
        exceptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(exceptions));
    }

    /** The signature of the operation {@code names} in the client {@code named}. */
    public static OperationSignature of(NamedModel named, OperationNames names) {
        JavaTypes types = new JavaTypes(named);
        RequestPlan request = new RequestPlan(named, types, names);
        ResponsePlan responses = ResponsePlan.of(names.operation());
        List<Parameter> required = OperationEmitter.requiredInOrder(names.operation());
        List<ParameterSpec> specs = request.arguments();
        List<Argument> arguments = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            Parameter parameter = required.get(i);
            arguments.add(new Argument(
                    specs.get(i).name(), specs.get(i).type(), Optional.of(parameter), Optional.of(parameter.type())));
        }
        if (names.body().isPresent()) {
            TypeName bodyType = request.bodyType();
            Optional<TypeRef> model = request.body()
                    .flatMap(BodyChoice::type)
                    .filter(type -> types.of(type).equals(bodyType));
            arguments.add(new Argument(names.body().get(), bodyType, Optional.empty(), model));
        }
        return new OperationSignature(
                new OperationEmitter(named, types, names).bodyType(),
                arguments,
                names.paramsClass(),
                request.optionalParameters(),
                request.body().map(BodyChoice::mediaType),
                responses.accept(),
                exceptions(named, responses));
    }

    /** True when the method returns nothing. */
    public boolean isVoid() {
        return body.equals(ClassName.get(Void.class));
    }

    private static Map<ClassName, List<String>> exceptions(NamedModel named, ResponsePlan responses) {
        Map<ClassName, List<String>> byType = new LinkedHashMap<>();
        for (ResponsePlan.ErrorBody error : responses.errors()) {
            if (error.body().encoding() != BodyChoice.Encoding.JSON) {
                continue;
            }
            error.body()
                    .type()
                    .filter(NamedType.class::isInstance)
                    .flatMap(type -> named.errorException(((NamedType) type).id()))
                    .ifPresent(exception -> byType.computeIfAbsent(exception, key -> new ArrayList<>())
                            .add(error.statusKey()));
        }
        return byType;
    }
}
