package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every decision about one operation's Java shape, made once: the generated methods, their
 * Javadoc, the docs and the spec-update surface all read it.
 *
 * @param names the operation and its Java names
 * @param arguments the positional arguments of the plain method, in call order: required
 *     parameters (path parameters as the path has them, then the others in spec order), then the
 *     request body
 * @param params the optional-parameters record, when the operation has optional parameters
 * @param requestBody the media type the body is sent as, and how; empty when there is no body
 * @param result what a successful call returns
 * @param errors the declared error bodies, in spec order, with what each throws
 * @param accept the {@code Accept} header the operation sends
 * @param paging how the plain method pages, when the operation is paged and its result is JSON
 */
public record OperationBinding(
        OperationNames names,
        List<Argument> arguments,
        Optional<ParamsBinding> params,
        Optional<BodyBinding> requestBody,
        ResultBinding result,
        List<ErrorBinding> errors,
        Optional<String> accept,
        Optional<PagingBinding> paging) {

    public OperationBinding {
        Objects.requireNonNull(names, "names");
        arguments = List.copyOf(arguments);
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(requestBody, "requestBody");
        Objects.requireNonNull(result, "result");
        errors = List.copyOf(errors);
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(paging, "paging");
    }

    /** What the plain method returns: the page of a paged operation, else the result. */
    public TypeName plainReturnType() {
        return paging.<TypeName>map(PagingBinding::pageType).orElse(result.returnType());
    }

    public Operation operation() {
        return names.operation();
    }

    /** The name of the plain method; the others derive from it. */
    public String method() {
        return names.method();
    }

    /** The {@code Content-Type} of the request body. */
    public Optional<String> contentType() {
        return requestBody.map(BodyBinding::mediaType);
    }

    /** The spec parameters passed positionally, in call order. */
    public List<Parameter> requiredParameters() {
        return arguments.stream().flatMap(a -> a.parameter().stream()).toList();
    }

    /** The optional parameters, in spec order; empty when there is no params record. */
    public List<Argument> optionalParameters() {
        return params.map(ParamsBinding::parameters).orElse(List.of());
    }

    /** The request body argument, when there is a body. */
    public Optional<Argument> bodyArgument() {
        return arguments.stream().filter(Argument::isBody).findFirst();
    }

    /** Each typed exception to the status keys that throw it, in spec order. */
    public Map<ClassName, List<String>> exceptions() {
        Map<ClassName, List<String>> byType = new LinkedHashMap<>();
        for (ErrorBinding error : errors) {
            if (error.typed()) {
                byType.computeIfAbsent(error.exception(), key -> new ArrayList<>())
                        .add(error.statusKey());
            }
        }
        return Collections.unmodifiableMap(byType);
    }

    /** The declared error bodies that throw the plain {@code ApiException}, with the body kept raw or untyped. */
    public List<ErrorBinding> untypedErrors() {
        return errors.stream().filter(error -> !error.typed()).toList();
    }

    /**
     * The plain method's declaration as Java reads it, with simple names: {@code Pet getPet(String
     * id, GetPetParams params)}. A type whose simple name another type of the declaration takes too
     * is written in full, so two declarations differ whenever their types do.
     */
    public String declaration() {
        List<TypeName> types = new ArrayList<>(List.of(plainReturnType()));
        arguments.forEach(argument -> types.add(argument.type()));
        params.ifPresent(p -> types.add(p.type()));
        TypeText text = TypeText.of(types);
        List<String> declared = new ArrayList<>();
        for (Argument argument : arguments) {
            declared.add(text.of(argument.type()) + " " + argument.name());
        }
        params.ifPresent(p -> declared.add(text.of(p.type()) + " params"));
        return text.of(plainReturnType()) + " " + method() + "(" + String.join(", ", declared) + ")";
    }
}
