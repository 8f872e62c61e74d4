package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Objects;

/**
 * The record holding an operation's optional parameters, passed after the positional arguments.
 *
 * @param parameters its components, in spec order
 */
public record ParamsBinding(ClassName type, List<Argument> parameters) {
    public ParamsBinding {
        Objects.requireNonNull(type, "type");
        parameters = List.copyOf(parameters);
    }
}
