package dev.specpoet.bind;

import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * One Java argument of an operation: a positional argument of its methods or a component of its
 * optional-parameters record.
 *
 * @param parameter the spec parameter; empty for the request body
 * @param model the model type the Java type was made from; empty when the Java type is not simply
 *     the schema's (raw bodies, text, forms without a schema)
 * @param optional whether the caller may pass null, which leaves it out of the request: an optional
 *     parameter, or a request body the spec does not require
 */
public record Argument(
        String name, TypeName type, Optional<Parameter> parameter, Optional<TypeRef> model, boolean optional) {
    public Argument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(model, "model");
    }

    /** True for the request body, false for a parameter. */
    public boolean isBody() {
        return parameter.isEmpty();
    }
}
