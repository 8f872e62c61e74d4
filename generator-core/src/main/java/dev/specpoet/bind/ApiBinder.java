package dev.specpoet.bind;

import com.palantir.javapoet.ClassName;
import dev.specpoet.model.SchemaId;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The bind stage's entry point: from a {@link NamedModel} to a {@link BoundModel}. */
public final class ApiBinder {
    private final Optional<String> sseSentinel;

    /** A binder for specs whose event streams end only where their operations say so. */
    public ApiBinder() {
        this(Optional.empty());
    }

    /**
     * A binder that ends every server-sent event stream at an event whose data is {@code
     * sseSentinel}, unless its operation names its own ({@code x-speakeasy-sse-sentinel}).
     */
    public ApiBinder(Optional<String> sseSentinel) {
        this.sseSentinel = Objects.requireNonNull(sseSentinel, "sseSentinel");
    }

    public BoundModel bind(NamedModel named) {
        OperationBinder binder = new OperationBinder(named, sseSentinel);
        List<BoundApi> apis = new ArrayList<>();
        for (ApiGroup group : named.apis()) {
            List<OperationBinding> operations = new ArrayList<>();
            for (OperationNames operation : group.operations()) {
                operations.add(binder.bind(operation));
            }
            apis.add(new BoundApi(group, operations));
        }
        Set<ClassName> thrown = apis.stream()
                .flatMap(api -> api.operations().stream())
                .flatMap(operation -> operation.exceptions().keySet().stream())
                .collect(Collectors.toSet());
        // The naming stage names an exception for every schema an error response mentions; only
        // those a binding throws exist, so no exception class is generated that nothing throws.
        Map<ClassName, ClassName> exceptions = new LinkedHashMap<>();
        for (Map.Entry<SchemaId, ClassName> exception : named.errorExceptions().entrySet()) {
            if (thrown.contains(exception.getValue())) {
                exceptions.put(
                        exception.getValue(), named.names(exception.getKey()).className());
            }
        }
        return new BoundModel(named, apis, exceptions);
    }
}
