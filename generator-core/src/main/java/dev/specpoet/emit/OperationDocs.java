package dev.specpoet.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Response;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Javadoc of an operation's plain method: summary, description, parameters, result, errors. */
final class OperationDocs {
    private final NamedModel named;
    private final OperationNames names;
    private final Operation operation;
    private final ResponsePlan responses;
    private final JavaTypes types;

    OperationDocs(NamedModel named, JavaTypes types, OperationNames names, ResponsePlan responses) {
        this.named = named;
        this.types = types;
        this.names = names;
        this.operation = names.operation();
        this.responses = responses;
    }

    CodeBlock plain(boolean withParams) {
        StringBuilder doc = new StringBuilder();
        String text = Javadocs.paragraphs(operation.summary(), operation.description());
        doc.append(
                text.isEmpty()
                        ? "Calls {@code " + Javadocs.line(operation.method() + " " + operation.path()) + "}."
                        : text);
        doc.append("\n\n<p>{@code ")
                .append(Javadocs.line(operation.method() + " " + operation.path()))
                .append("}\n");
        for (Parameter parameter : OperationEmitter.requiredInOrder(operation)) {
            doc.append("\n@param ")
                    .append(names.parameter(parameter))
                    .append(' ')
                    .append(describe(parameter));
        }
        names.body()
                .ifPresent(body -> doc.append("\n@param ")
                        .append(body)
                        .append(' ')
                        .append(operation
                                .requestBody()
                                .flatMap(b -> b.description())
                                .map(Javadocs::line)
                                .orElse("the request body")));
        if (withParams) {
            doc.append("\n@param params the optional parameters, or null for none");
        }
        if (responses.success().isPresent()) {
            String description = operation.successResponses().stream()
                    .map(Response::description)
                    .filter(d -> !d.isBlank())
                    .findFirst()
                    .map(Javadocs::line)
                    .orElse("the response body");
            doc.append("\n@return ").append(description);
        }
        CodeBlock.Builder block = CodeBlock.builder().add("$L", doc.toString());
        exceptions()
                .forEach(
                        (type, statuses) -> block.add("\n@throws $T for status $L", type, String.join(", ", statuses)));
        block.add("\n@throws $T for any other status outside 2xx", types.support("ApiException"));
        return block.build();
    }

    private String describe(Parameter parameter) {
        return parameter
                .description()
                .map(Javadocs::line)
                .orElse(parameter.location().name().toLowerCase(java.util.Locale.ROOT) + " parameter {@code "
                        + Javadocs.line(parameter.name()) + "}");
    }

    private Map<ClassName, List<String>> exceptions() {
        Map<ClassName, List<String>> byType = new LinkedHashMap<>();
        for (ResponsePlan.ErrorBody error : responses.errors()) {
            Optional<ClassName> type = error.body()
                    .type()
                    .filter(NamedType.class::isInstance)
                    .flatMap(t -> named.errorException(((NamedType) t).id()));
            type.ifPresent(exception -> byType.computeIfAbsent(exception, key -> new java.util.ArrayList<>())
                    .add(error.statusKey()));
        }
        return byType;
    }
}
