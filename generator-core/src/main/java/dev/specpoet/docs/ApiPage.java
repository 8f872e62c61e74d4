package dev.specpoet.docs;

import dev.specpoet.bind.Argument;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.ErrorBinding;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.bind.StreamBinding;
import dev.specpoet.emit.ClientEmitter;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Response;
import dev.specpoet.model.ResponseHeader;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The page of one API class: its methods in a table, then per method the signature, the text of
 * the spec, a Java example, parameters, return type, authorization, headers and responses.
 */
final class ApiPage {
    private final NamedModel named;
    private final DocPages pages;
    private final JavaExample examples;
    private final ModelPage models;

    ApiPage(NamedModel named, JavaTypes types, DocPages pages, ModelPage models) {
        this.named = named;
        this.pages = pages;
        this.examples = new JavaExample(named, types);
        this.models = models;
    }

    String render(BoundApi api) {
        ApiGroup group = api.group();
        String name = group.className().simpleName();
        StringBuilder page = new StringBuilder("# ").append(name).append("\n\n");
        group.tag().ifPresent(tag -> {
            page.append("Operations tagged **").append(tag.name()).append("**.\n\n");
            parents(tag)
                    .ifPresent(chain -> page.append("Part of ").append(chain).append(".\n\n"));
            tag.description().ifPresent(text -> page.append(text.strip()).append("\n\n"));
        });
        page.append("All URIs are relative to *")
                .append(ClientEmitter.defaultBaseUrl(named.model()))
                .append("*\n\n");
        MarkdownTable methods = new MarkdownTable("Method", "HTTP request", "Description");
        for (OperationBinding operation : api.operations()) {
            methods.row(
                    "[**" + operation.method() + "**](" + pages.fileName(group.className()) + "#" + operation.method()
                            + ")",
                    "**" + operation.operation().method() + "** "
                            + operation.operation().path(),
                    operation.operation().summary().orElse(""));
        }
        page.append(methods.render());
        for (OperationBinding operation : api.operations()) {
            page.append("\n").append(method(api, operation));
        }
        String types = models.nestedSections(group.className());
        if (!types.isEmpty()) {
            page.append(types).append('\n').append(DocPages.backLinks());
        }
        return page.toString();
    }

    private String method(BoundApi api, OperationBinding binding) {
        Operation operation = binding.operation();
        String method = binding.method();
        StringBuilder text = new StringBuilder();
        text.append("<a id=\"").append(method).append("\"></a>\n");
        text.append("## ").append(method).append("\n\n");
        text.append("> `").append(binding.declaration()).append("`\n\n");
        if (operation.deprecated()) {
            text.append("**Deprecated.**\n\n");
        }
        operation.summary().ifPresent(summary -> text.append(summary.strip()).append("\n\n"));
        operation
                .description()
                .ifPresent(description -> text.append(description.strip()).append("\n\n"));
        if (operation.summary().isEmpty() && operation.description().isEmpty()) {
            text.append("Calls `")
                    .append(operation.method())
                    .append(' ')
                    .append(operation.path())
                    .append("`.\n\n");
        }
        text.append("The same call is available as `")
                .append(method)
                .append("WithResponse` (with `RequestOptions`, returning the status and headers too), `")
                .append(method)
                .append("Async` and `")
                .append(method)
                .append("WithResponseAsync`.\n\n");
        binding.result().stream().ifPresent(stream -> text.append(streaming(method, stream)));
        binding.paging()
                .ifPresent(paging -> text.append("Paged: the client ")
                        .append(paging.pagination().describe())
                        .append(". `")
                        .append(method)
                        .append("` returns the first page (`items()`, `body()`, `hasNextPage()`, `nextPage()`); `")
                        .append(paging.autoPagingMethod())
                        .append("` iterates every item of every page, fetching each page when the loop reaches it")
                        .append(" (`stream()` and, without blocking, `forEachAsync` too).\n\n"));
        text.append("### Example\n\n```java\n")
                .append(examples.of(api, binding, JavaExample.Style.BLOCKING))
                .append("```\n\n");
        text.append("### Parameters\n\n").append(parameters(binding)).append('\n');
        text.append("### Return type\n\n")
                .append(
                        binding.result().isVoid()
                                ? "void (empty response body)"
                                : pages.type(binding.plainReturnType(), false))
                .append("\n\n");
        text.append("### Authorization\n\n").append(authorization(operation)).append("\n\n");
        text.append("### HTTP request headers\n\n")
                .append("- **Content-Type**: ")
                .append(binding.contentType().orElse("Not defined"))
                .append("\n- **Accept**: ")
                .append(binding.accept().orElse("Not defined"))
                .append("\n\n");
        text.append("### HTTP response details\n\n").append(responses(binding)).append('\n');
        text.append(DocPages.backLinks());
        return text.toString();
    }

    /** OpenAPI 3.2's nested tags: the tag's ancestors, outermost first, such as {@code **a** > **b**}. */
    private Optional<String> parents(dev.specpoet.model.Tag tag) {
        List<String> chain = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(tag.name()));
        Optional<String> parent = tag.parent();
        while (parent.isPresent() && seen.add(parent.get())) {
            String name = parent.get();
            chain.add(0, "**" + name + "**");
            parent = named.model().tags().stream()
                    .filter(t -> t.name().equals(name))
                    .findFirst()
                    .flatMap(dev.specpoet.model.Tag::parent);
        }
        return chain.isEmpty() ? Optional.empty() : Optional.of(String.join(" > ", chain));
    }

    /** How to consume a streamed result, blocking and async. */
    private static String streaming(String method, StreamBinding stream) {
        String items = stream.isServerSentEvents() ? "server-sent events" : "items";
        StringBuilder text = new StringBuilder("The response streams: `")
                .append(method)
                .append("` returns as soon as the headers arrive, and the `EventStream` decodes the ")
                .append(items)
                .append(" one by one as they arrive. Iterate it once (`for`, `stream()`")
                .append(stream.isServerSentEvents() ? ", or `events()` for each event's type, id and retry" : "")
                .append(") inside try-with-resources: closing it releases the connection early.");
        stream.sentinel()
                .ifPresent(sentinel -> text.append(" The stream ends at the event whose data is `")
                        .append(sentinel)
                        .append("`."));
        text.append(" `")
                .append(method)
                .append("Async` returns a `Flow.Publisher` that makes the call per subscriber and reads only as it")
                .append(" requests. A silent stream fails after the client's `streamIdleTimeout` (5 minutes by")
                .append(" default), a dropped connection with `ApiStreamException`; an error status before the")
                .append(" stream throws as any other call does.\n\n");
        return text.toString();
    }

    private String parameters(OperationBinding binding) {
        if (binding.arguments().isEmpty() && binding.optionalParameters().isEmpty()) {
            return "This endpoint does not need any parameter.\n";
        }
        Operation operation = binding.operation();
        MarkdownTable table = new MarkdownTable("Name", "Type", "Description", "Notes");
        for (Argument argument : binding.arguments()) {
            if (argument.parameter().isPresent()) {
                Parameter parameter = argument.parameter().get();
                table.row(
                        "**" + argument.name() + "**",
                        pages.type(argument.type(), false),
                        parameter.description().orElse(""),
                        notes(parameter, "required"));
            } else {
                boolean required =
                        operation.requestBody().map(body -> body.required()).orElse(false);
                table.row(
                        "**" + argument.name() + "**",
                        pages.type(argument.type(), false),
                        operation
                                .requestBody()
                                .flatMap(body -> body.description())
                                .orElse(""),
                        "body" + (required ? ", required" : ", optional (may be null)")
                                + operation
                                        .requestBody()
                                        .flatMap(body -> body.contents().stream()
                                                .flatMap(content -> content.serializedExample().stream())
                                                .findFirst())
                                        .map(wire -> ", example on the wire: `" + wire + "`")
                                        .orElse(""));
            }
        }
        for (Argument argument : binding.optionalParameters()) {
            Parameter parameter = argument.parameter().orElseThrow();
            String params = binding.params().orElseThrow().type().simpleName();
            table.row(
                    "**" + argument.name() + "**",
                    pages.type(argument.type(), false),
                    parameter.description().orElse(""),
                    notes(parameter, "optional, set on `" + params + "`"));
        }
        return table.render();
    }

    private static String notes(Parameter parameter, String presence) {
        StringBuilder notes = new StringBuilder(parameter.location().name().toLowerCase(Locale.ROOT))
                .append(" `")
                .append(parameter.name())
                .append("`, ")
                .append(presence);
        parameter
                .defaultValue()
                .ifPresent(value ->
                        notes.append(", default: `").append(value.toJson()).append('`'));
        // OpenAPI 3.2: how a content-serialized parameter (the whole query string, say) is written.
        parameter
                .mediaType()
                .ifPresent(
                        type -> notes.append(", serialized as `").append(type).append('`'));
        parameter
                .serializedExample()
                .ifPresent(wire ->
                        notes.append(", example on the wire: `").append(wire).append('`'));
        if (parameter.deprecated()) {
            notes.append(", deprecated");
        }
        return notes.toString();
    }

    private static String authorization(Operation operation) {
        if (operation.security().isEmpty()) {
            return "No authorization required";
        }
        String alternatives = operation.security().stream()
                .map(alternative -> alternative.isEmpty()
                        ? "none (anonymous)"
                        : alternative.stream()
                                .map(scheme -> "[" + scheme + "](../README.md#" + DocPages.anchor(scheme) + ")")
                                .collect(Collectors.joining(" and ")))
                .collect(Collectors.joining(", or "));
        return operation.security().size() > 1
                ? alternatives + " (the client uses the first alternative whose credentials are all configured)"
                : alternatives;
    }

    /** Each declared response, error statuses with the exception the binding says they throw. */
    private static String responses(OperationBinding binding) {
        MarkdownTable table = new MarkdownTable("Status code", "Description", "Response headers");
        for (Response response : binding.operation().responses()) {
            String description = response.description();
            String status = response.status().wireKey();
            Optional<String> thrown = binding.errors().stream()
                    .filter(error -> error.statusKey().equals(status))
                    .findFirst()
                    .map(ApiPage::thrown);
            if (thrown.isPresent()) {
                description = description.strip() + (description.isBlank() ? "" : " ") + "(" + thrown.get() + ")";
            }
            table.row("**" + status + "**", description, headers(response.headers()));
        }
        return table.isEmpty() ? "No responses declared.\n" : table.render();
    }

    private static String thrown(ErrorBinding error) {
        String exception = "throws `" + error.exception().simpleName() + "`";
        if (error.typed()) {
            return exception;
        }
        return error.isRaw()
                ? exception + " with the " + error.body().mediaType() + " body as text in `rawBody()`"
                : exception + " with the body in `errorBody()`";
    }

    private static String headers(List<ResponseHeader> headers) {
        if (headers.isEmpty()) {
            return "-";
        }
        return headers.stream()
                .map(header -> "`" + header.name() + "`"
                        + header.description().map(d -> ": " + d.strip()).orElse(""))
                .collect(Collectors.joining("\n"));
    }
}
