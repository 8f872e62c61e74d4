package dev.specpoet.docs;

import com.palantir.javapoet.ClassName;
import dev.specpoet.bind.Argument;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.bind.ParamsBinding;
import dev.specpoet.bind.StreamBinding;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.model.Parameter;
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Flow;

/**
 * The Java example of one operation: a client configured with every scheme the operation
 * accepts, its arguments, the call, and the exceptions it may throw.
 */
final class JavaExample {
    /** How the example calls the operation. */
    enum Style {
        BLOCKING,
        ASYNC
    }

    private final JavaTypes types;
    private final ClientSetup setup;
    private final ExampleValues values;

    JavaExample(NamedModel named, JavaTypes types) {
        this.types = types;
        this.setup = new ClientSetup(named);
        this.values = new ExampleValues(named, types);
    }

    String of(BoundApi group, OperationBinding binding, Style style) {
        JavaSnippet code = new JavaSnippet();
        // Locals get names no argument uses, so the example compiles whatever the spec calls things.
        Set<String> taken = new HashSet<>();
        binding.arguments().forEach(argument -> taken.add(argument.name()));
        String client = fresh("apiClient", taken);
        String api = fresh("apiInstance", taken);
        String result = fresh("result", taken);
        String error = fresh("e", taken);
        setup.declare(code, client, setup.schemes(binding.operation().security()));
        String apiType = code.type(group.className());
        code.line(apiType + " " + api + " = new " + apiType + "(" + client + ");");
        List<String> arguments = new ArrayList<>();
        for (Argument argument : binding.arguments()) {
            String value = argument.model()
                    .map(model -> values.of(
                            model, argument.name(), argument.parameter().flatMap(Parameter::example), code))
                    .orElseGet(() -> values.of(argument.type(), argument.name(), code));
            String comment = ClientSetup.firstLine(argument.parameter().flatMap(Parameter::description))
                    .map(text -> " // " + text)
                    .orElse("");
            code.line(code.type(argument.type()) + " " + argument.name() + " = " + value + ";" + comment);
            arguments.add(argument.name());
        }
        if (binding.params().isPresent()) {
            String params = fresh("params", taken);
            declareParams(code, params, binding.params().get());
            arguments.add(params);
        }
        String call =
                binding.method() + (style == Style.ASYNC ? "Async" : "") + "(" + String.join(", ", arguments) + ")";
        if (style == Style.ASYNC && binding.result().stream().isPresent()) {
            subscribe(code, api + "." + call, binding, error);
            return code.text();
        }
        if (style == Style.ASYNC) {
            code.line(api + "." + call);
            code.line("        .thenAccept(" + result + " -> System.out.println(" + result + "))");
            code.line("        .exceptionally(" + error + " -> {");
            code.line("            System.err.println(\"" + binding.method() + " failed: \" + " + error + ");");
            code.line("            return null;");
            code.line("        })");
            code.line("        .join();");
            return code.text();
        }
        Optional<StreamBinding> stream = binding.result().stream();
        if (stream.isPresent()) {
            // Closing the stream releases the connection even when the loop ends early.
            String item = fresh("item", taken);
            code.line("try (" + code.type(binding.result().type()) + " " + result + " = " + api + "." + call + ") {");
            code.line("    for (" + code.type(stream.get().itemType()) + " " + item + " : " + result + ") {");
            code.line("        System.out.println(" + item + ");");
            code.line("    }");
            if (stream.get().isServerSentEvents()) {
                code.line("    // Or iterate " + result + ".events() for each event's type, id and retry too.");
            }
        } else if (binding.paging().isPresent()) {
            // The call a user of a paged list wants: every item, later pages fetched as the loop goes.
            String item = fresh("item", taken);
            String autoPaging = binding.paging().get().autoPagingMethod() + "(" + String.join(", ", arguments) + ")";
            code.line("try {");
            code.line("    for (" + code.type(binding.paging().get().itemType()) + " " + item + " : " + api + "."
                    + autoPaging + ") {");
            code.line("        System.out.println(" + item + ");");
            code.line("    }");
        } else if (binding.result().isVoid()) {
            code.line("try {");
            code.line("    " + api + "." + call + ";");
        } else {
            code.line("try {");
            code.line("    " + code.type(binding.result().type()) + " " + result + " = " + api + "." + call + ";");
            code.line("    System.out.println(" + result + ");");
        }
        for (ClassName exception : binding.exceptions().keySet()) {
            code.line("} catch (" + code.type(exception) + " " + error + ") {");
            code.line("    // The error body the spec declares for status "
                    + String.join(", ", binding.exceptions().get(exception)));
            code.line("    System.err.println(" + error + ".error());");
        }
        code.line("} catch (" + code.type(types.support("ApiException")) + " " + error + ") {");
        code.line("    System.err.println(\"Exception when calling "
                + group.className().simpleName() + "#" + binding.method() + "\");");
        code.line("    System.err.println(\"Status code: \" + " + error + ".statusCode());");
        code.line("    System.err.println(\"Response body: \" + " + error + ".rawBody());");
        code.line("}");
        return code.text();
    }

    /** A subscriber that takes every item; a real one requests as many as it can handle. */
    private void subscribe(JavaSnippet code, String call, OperationBinding binding, String error) {
        String item = code.type(binding.result().stream().orElseThrow().itemType());
        String flow = code.type(ClassName.get(Flow.class));
        code.line(call + ".subscribe(new " + flow + ".Subscriber<" + item + ">() {");
        code.line("    @Override");
        code.line("    public void onSubscribe(" + flow + ".Subscription subscription) {");
        code.line("        subscription.request(Long.MAX_VALUE);");
        code.line("    }");
        code.line("");
        code.line("    @Override");
        code.line("    public void onNext(" + item + " item) {");
        code.line("        System.out.println(item);");
        code.line("    }");
        code.line("");
        code.line("    @Override");
        code.line("    public void onError(Throwable " + error + ") {");
        code.line("        System.err.println(\"" + binding.method() + " failed: \" + " + error + ");");
        code.line("    }");
        code.line("");
        code.line("    @Override");
        code.line("    public void onComplete() {}");
        code.line("});");
    }

    private void declareParams(JavaSnippet code, String variable, ParamsBinding params) {
        String type = code.type(params.type());
        code.line(type + " " + variable + " = " + type + ".builder()");
        for (Argument argument : params.parameters()) {
            Parameter parameter = argument.parameter().orElseThrow();
            code.line("        ." + argument.name() + "("
                    + values.of(parameter.type(), parameter.name(), parameter.example(), code) + ")");
        }
        code.line("        .build();");
    }

    private static String fresh(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }
}
