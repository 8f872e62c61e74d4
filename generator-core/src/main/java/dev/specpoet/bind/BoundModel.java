package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import dev.specpoet.naming.NamedModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The bind stage's output: the named model and the binding of every operation.
 *
 * @param apis the API classes, in the naming stage's order
 * @param exceptions each typed exception some operation throws, to the class of its error body;
 *     only these are generated
 */
public record BoundModel(NamedModel named, List<BoundApi> apis, Map<ClassName, ClassName> exceptions) {
    public BoundModel {
        Objects.requireNonNull(named, "named");
        apis = List.copyOf(apis);
        exceptions = Collections.unmodifiableMap(new LinkedHashMap<>(exceptions));
    }

    /** Every operation's binding, API class by API class. */
    public List<OperationBinding> operations() {
        return apis.stream().flatMap(api -> api.operations().stream()).toList();
    }
}
