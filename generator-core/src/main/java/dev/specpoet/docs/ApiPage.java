package dev.specpoet.docs;

import dev.specpoet.emit.ClientEmitter;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.emit.OperationSignature;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Response;
import dev.specpoet.model.ResponseHeader;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The page of one API class: its methods in a table, then per method the signature, the text of
 * the spec, a Java example, parameters, return type, authorization, headers and responses.
 */
final class ApiPage {
    private final NamedModel named;
    private final DocPages pages;
    private final JavaExample examples;

    ApiPage(NamedModel named, JavaTypes types, DocPages pages) {
        this.named = named;
        this.pages = pages;
        this.examples = new JavaExample(named, types);
    }

    String render(ApiGroup group) {
        String name = group.className().simpleName();
        StringBuilder page = new StringBuilder("# ").append(name).append("\n\n");
        group.tag().ifPresent(tag -> {
            page.append("Operations tagged **").append(tag.name()).append("**.\n\n");
            tag.description().ifPresent(text -> page.append(text.strip()).append("\n\n"));
        });
        page.append("All URIs are relative to *")
                .append(ClientEmitter.defaultBaseUrl(named.model()))
                .append("*\n\n");
        MarkdownTable methods = new MarkdownTable("Method", "HTTP request", "Description");
        for (OperationNames operation : group.operations()) {
            methods.row(
                    "[**" + operation.method() + "**](" + pages.fileName(group.className()) + "#" + operation.method()
                            + ")",
                    "**" + operation.operation().method() + "** "
                            + operation.operation().path(),
                    operation.operation().summary().orElse(""));
        }
        page.append(methods.render());
        for (OperationNames operation : group.operations()) {
            page.append("\n").append(method(group, operation));
        }
        return page.toString();
    }

    private String method(ApiGroup group, OperationNames names) {
        Operation operation = names.operation();
        OperationSignature signature = OperationSignature.of(named, names);
        StringBuilder text = new StringBuilder();
        text.append("<a id=\"").append(names.method()).append("\"></a>\n");
        text.append("## ").append(names.method()).append("\n\n");
        text.append("> `").append(signature(names, signature)).append("`\n\n");
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
                .append(names.method())
                .append("WithResponse` (with `RequestOptions`, returning the status and headers too), `")
                .append(names.method())
                .append("Async` and `")
                .append(names.method())
                .append("WithResponseAsync`.\n\n");
        text.append("### Example\n\n```java\n")
                .append(examples.of(group, names, JavaExample.Style.BLOCKING))
                .append("```\n\n");
        text.append("### Parameters\n\n").append(parameters(names, signature)).append('\n');
        text.append("### Return type\n\n")
                .append(signature.isVoid() ? "void (empty response body)" : pages.type(signature.body(), false))
                .append("\n\n");
        text.append("### Authorization\n\n").append(authorization(operation)).append("\n\n");
        text.append("### HTTP request headers\n\n")
                .append("- **Content-Type**: ")
                .append(signature.contentType().orElse("Not defined"))
                .append("\n- **Accept**: ")
                .append(signature.accept().orElse("Not defined"))
                .append("\n\n");
        text.append("### HTTP response details\n\n")
                .append(responses(operation, signature))
                .append('\n');
        text.append(DocPages.backLinks());
        return text.toString();
    }

    private static String signature(OperationNames names, OperationSignature signature) {
        JavaSnippet code = new JavaSnippet();
        String arguments = signature.arguments().stream()
                .map(argument -> code.type(argument.type()) + " " + argument.name())
                .collect(Collectors.joining(", "));
        if (signature.paramsClass().isPresent()) {
            String params = code.type(signature.paramsClass().get()) + " params";
            arguments = arguments.isEmpty() ? params : arguments + ", " + params;
        }
        String returns = signature.isVoid() ? "void" : code.type(signature.body());
        return returns + " " + names.method() + "(" + arguments + ")";
    }

    private String parameters(OperationNames names, OperationSignature signature) {
        if (signature.arguments().isEmpty() && signature.optionalParameters().isEmpty()) {
            return "This endpoint does not need any parameter.\n";
        }
        MarkdownTable table = new MarkdownTable("Name", "Type", "Description", "Notes");
        for (OperationSignature.Argument argument : signature.arguments()) {
            if (argument.parameter().isPresent()) {
                Parameter parameter = argument.parameter().get();
                table.row(
                        "**" + argument.name() + "**",
                        pages.type(argument.type(), false),
                        parameter.description().orElse(""),
                        notes(parameter, "required"));
            } else {
                table.row(
                        "**" + argument.name() + "**",
                        pages.type(argument.type(), false),
                        names.operation()
                                .requestBody()
                                .flatMap(body -> body.description())
                                .orElse(""),
                        "body"
                                + (names.operation()
                                                .requestBody()
                                                .map(b -> b.required())
                                                .orElse(false)
                                        ? ", required"
                                        : ", optional (may be null)"));
            }
        }
        JavaTypes types = new JavaTypes(named);
        for (Parameter parameter : signature.optionalParameters()) {
            String params = signature.paramsClass().get().simpleName();
            table.row(
                    "**" + names.parameter(parameter) + "**",
                    pages.type(types.of(parameter.type()), false),
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
                        notes.append(", default: `").append(JsonText.of(value)).append('`'));
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

    private static String responses(Operation operation, OperationSignature signature) {
        MarkdownTable table = new MarkdownTable("Status code", "Description", "Response headers");
        for (Response response : operation.responses()) {
            String description = response.description();
            String status = response.status().wireKey();
            List<String> throwing = signature.exceptions().entrySet().stream()
                    .filter(entry -> entry.getValue().contains(status))
                    .map(entry -> "throws `" + entry.getKey().simpleName() + "`")
                    .toList();
            if (!throwing.isEmpty()) {
                description = description.strip() + (description.isBlank() ? "" : " ") + "(" + throwing.get(0) + ")";
            }
            table.row("**" + status + "**", description, headers(response.headers()));
        }
        return table.isEmpty() ? "No responses declared.\n" : table.render();
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
