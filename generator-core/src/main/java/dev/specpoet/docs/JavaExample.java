package dev.specpoet.docs;

import com.palantir.javapoet.ClassName;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.emit.OperationSignature;
import dev.specpoet.model.Parameter;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    private final NamedModel named;
    private final JavaTypes types;
    private final ClientSetup setup;
    private final ExampleValues values;

    JavaExample(NamedModel named, JavaTypes types) {
        this.named = named;
        this.types = types;
        this.setup = new ClientSetup(named);
        this.values = new ExampleValues(named, types);
    }

    String of(ApiGroup group, OperationNames operation, Style style) {
        OperationSignature signature = OperationSignature.of(named, operation);
        JavaSnippet code = new JavaSnippet();
        // Locals get names no argument uses, so the example compiles whatever the spec calls things.
        Set<String> taken = new HashSet<>();
        signature.arguments().forEach(argument -> taken.add(argument.name()));
        String client = fresh("apiClient", taken);
        String api = fresh("apiInstance", taken);
        String result = fresh("result", taken);
        String error = fresh("e", taken);
        setup.declare(code, client, setup.schemes(operation.operation().security()));
        String apiType = code.type(group.className());
        code.line(apiType + " " + api + " = new " + apiType + "(" + client + ");");
        List<String> arguments = new ArrayList<>();
        for (OperationSignature.Argument argument : signature.arguments()) {
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
        if (signature.paramsClass().isPresent()) {
            String params = fresh("params", taken);
            declareParams(code, params, signature, operation);
            arguments.add(params);
        }
        String call =
                operation.method() + (style == Style.ASYNC ? "Async" : "") + "(" + String.join(", ", arguments) + ")";
        if (style == Style.ASYNC) {
            code.line(api + "." + call);
            code.line("        .thenAccept(" + result + " -> System.out.println(" + result + "))");
            code.line("        .exceptionally(" + error + " -> {");
            code.line("            System.err.println(\"" + operation.method() + " failed: \" + " + error + ");");
            code.line("            return null;");
            code.line("        })");
            code.line("        .join();");
            return code.text();
        }
        code.line("try {");
        if (signature.isVoid()) {
            code.line("    " + api + "." + call + ";");
        } else {
            code.line("    " + code.type(signature.body()) + " " + result + " = " + api + "." + call + ";");
            code.line("    System.out.println(" + result + ");");
        }
        for (ClassName exception : signature.exceptions().keySet()) {
            code.line("} catch (" + code.type(exception) + " " + error + ") {");
            code.line("    // The error body the spec declares for status "
                    + String.join(", ", signature.exceptions().get(exception)));
            code.line("    System.err.println(" + error + ".error());");
        }
        code.line("} catch (" + code.type(types.support("ApiException")) + " " + error + ") {");
        code.line("    System.err.println(\"Exception when calling "
                + group.className().simpleName() + "#" + operation.method() + "\");");
        code.line("    System.err.println(\"Status code: \" + " + error + ".statusCode());");
        code.line("    System.err.println(\"Response body: \" + " + error + ".rawBody());");
        code.line("}");
        return code.text();
    }

    private void declareParams(
            JavaSnippet code, String variable, OperationSignature signature, OperationNames operation) {
        String type = code.type(signature.paramsClass().get());
        code.line(type + " " + variable + " = " + type + ".builder()");
        for (Parameter parameter : signature.optionalParameters()) {
            code.line("        ." + operation.parameter(parameter) + "("
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
