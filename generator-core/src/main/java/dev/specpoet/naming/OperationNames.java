package dev.specpoet.naming;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Java names of one operation.
 *
 * @param method the plain method; the others are derived: {@code WithResponse}, {@code Async},
 *     {@code WithResponseAsync}
 * @param constant the static field holding the operation's description
 * @param parameters {@code "<location> <name>"} of each parameter to its Java parameter name
 * @param body the request body's parameter name, when there is a body
 * @param paramsClass the nested class holding the optional parameters, when there are any
 */
public record OperationNames(
        Operation operation,
        String method,
        String constant,
        Map<String, String> parameters,
        Optional<String> body,
        Optional<ClassName> paramsClass) {

    public OperationNames {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(constant, "constant");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(paramsClass, "paramsClass");
    }

    /** The Java name of a parameter. */
    public String parameter(Parameter parameter) {
        return parameters.get(key(parameter));
    }

    static String key(Parameter parameter) {
        return parameter.location() + " " + parameter.name();
    }
}
