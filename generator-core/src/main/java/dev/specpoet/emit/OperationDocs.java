package dev.specpoet.emit;

import com.palantir.javapoet.CodeBlock;
import dev.specpoet.bind.Argument;
import dev.specpoet.bind.ErrorBinding;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.bind.StreamBinding;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Javadoc of an operation's plain method, from its binding: summary, description, parameters,
 * result, and the exception each declared error status throws.
 */
final class OperationDocs {
    private final JavaTypes types;
    private final OperationBinding binding;
    private final Operation operation;

    OperationDocs(JavaTypes types, OperationBinding binding) {
        this.types = types;
        this.binding = binding;
        this.operation = binding.operation();
    }

    CodeBlock plain(boolean withParams) {
        StringBuilder doc = new StringBuilder();
        String text = Javadocs.paragraphs(operation.summary(), operation.description());
        String call = Javadocs.line(operation.method() + " " + operation.path());
        doc.append(text.isEmpty() ? "Calls {@code " + call + "}." : text);
        doc.append("\n\n<p>{@code ").append(call).append("}\n");
        binding.paging()
                .ifPresent(paging -> doc.append("\n<p>")
                        .append(PagingEmitter.javadoc(paging))
                        .append('\n'));
        for (Argument argument : binding.arguments()) {
            doc.append("\n@param ").append(argument.name()).append(' ').append(describe(argument));
        }
        if (withParams) {
            doc.append("\n@param params the optional parameters, or null for none");
        }
        if (binding.result().body().isPresent()) {
            String description = operation.responses().stream()
                    .filter(response -> binding.result()
                            .statusKey()
                            .equals(Optional.of(response.status().wireKey())))
                    .map(Response::description)
                    .filter(d -> !d.isBlank())
                    .findFirst()
                    .map(Javadocs::line)
                    .orElse("the response body");
            doc.append("\n@return ")
                    .append(binding.paging().isPresent() ? "the first page: " + description : description);
            binding.result().stream().ifPresent(stream -> doc.append(streamNote(stream)));
        }
        CodeBlock.Builder block = CodeBlock.builder().add("$L", doc.toString());
        binding.exceptions()
                .forEach(
                        (type, statuses) -> block.add("\n@throws $T for status $L", type, String.join(", ", statuses)));
        List<String> untyped =
                binding.untypedErrors().stream().map(OperationDocs::untyped).toList();
        if (untyped.isEmpty()) {
            block.add("\n@throws $T for any other status outside 2xx", types.support("ApiException"));
        } else {
            block.add(
                    "\n@throws $T for status $L, and for any other status outside 2xx",
                    types.support("ApiException"),
                    String.join(", ", untyped));
        }
        return block.build();
    }

    /** How to consume the stream a streamed operation returns. */
    private static String streamNote(StreamBinding stream) {
        String items = stream.isServerSentEvents()
                ? "server-sent events; {@code events()} gives each one's type, id and retry too"
                : "items";
        String end = stream.sentinel()
                .map(sentinel -> ", ending at the event whose data is {@code " + Javadocs.line(sentinel) + "}")
                .orElse("");
        return ", as " + items + " decoded while they arrive" + end
                + "; close it (try-with-resources) to release the connection early";
    }

    /** A status whose declared body the plain {@code ApiException} carries, and where to read it. */
    private static String untyped(ErrorBinding error) {
        String where = error.isRaw()
                ? "its " + Javadocs.line(error.body().mediaType()) + " body is not decoded: read {@code rawBody()}"
                : "its body is in {@code errorBody()}";
        return error.statusKey() + " (" + where + ")";
    }

    private String describe(Argument argument) {
        if (argument.isBody()) {
            return operation
                    .requestBody()
                    .flatMap(body -> body.description())
                    .map(Javadocs::line)
                    .orElse("the request body");
        }
        Parameter parameter = argument.parameter().orElseThrow();
        return parameter
                .description()
                .map(Javadocs::line)
                .orElse(parameter.location().name().toLowerCase(Locale.ROOT) + " parameter {@code "
                        + Javadocs.line(parameter.name()) + "}");
    }
}
