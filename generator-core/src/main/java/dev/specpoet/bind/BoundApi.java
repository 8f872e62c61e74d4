package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import dev.specpoet.naming.ApiGroup;
import java.util.List;
import java.util.Objects;

/** One generated API class with the binding of each of its operations, in spec order. */
public record BoundApi(ApiGroup group, List<OperationBinding> operations) {
    public BoundApi {
        Objects.requireNonNull(group, "group");
        operations = List.copyOf(operations);
    }

    public ClassName className() {
        return group.className();
    }
}
