package dev.specpoet.docs;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Java code for a documentation example: import lines then statements, no class around them, the
 * way a reader pastes it into a method of their own. Types are written by simple name, imported,
 * unless another class already took that simple name.
 */
final class JavaSnippet {
    private final TreeSet<String> imports = new TreeSet<>();
    private final Map<String, ClassName> bySimpleName = new HashMap<>();
    private final StringBuilder body = new StringBuilder();

    /** The type as the code writes it, importing what it needs. */
    String type(TypeName type) {
        if (type instanceof ParameterizedTypeName generic) {
            return type(generic.rawType()) + "<"
                    + generic.typeArguments().stream().map(this::type).collect(Collectors.joining(", ")) + ">";
        }
        if (type instanceof ArrayTypeName array) {
            return type(array.componentType()) + "[]";
        }
        if (type instanceof ClassName name) {
            ClassName top = name.topLevelClassName();
            String nested = String.join(".", name.simpleNames());
            if (top.packageName().equals("java.lang")) {
                return nested;
            }
            ClassName owner = bySimpleName.putIfAbsent(top.simpleName(), top);
            if (owner != null && !owner.equals(top)) {
                return name.canonicalName();
            }
            imports.add(top.canonicalName());
            return nested;
        }
        return type.toString();
    }

    JavaSnippet line(String text) {
        body.append(text).append('\n');
        return this;
    }

    /** The whole snippet: imports, a blank line, the statements. */
    String text() {
        String importLines = imports.stream().map(i -> "import " + i + ";\n").collect(Collectors.joining());
        return importLines + (importLines.isEmpty() ? "" : "\n") + body;
    }

    /** A Java string literal of {@code text}. */
    static String literal(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
