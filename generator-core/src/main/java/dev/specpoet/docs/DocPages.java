package dev.specpoet.docs;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.naming.ApiGroup;
import dev.specpoet.naming.NamedModel;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each documented class has its page, and how a Java type reads in Markdown: simple names,
 * with every model type linked to its page.
 */
final class DocPages {
    static final String README = "README.md";
    static final String API_LIST = "documentation-for-api-endpoints";
    static final String MODEL_LIST = "documentation-for-models";
    static final String AUTHORIZATION = "documentation-for-authorization";

    private final Map<ClassName, String> pages = new LinkedHashMap<>();
    /** The types of inline schemas, documented in a section of their owner's page. */
    private final Set<ClassName> nested = new HashSet<>();

    DocPages(NamedModel named) {
        // API and model classes live in different packages, so their simple names may clash;
        // pages share one folder, so a clashing model page gets a suffix (case-insensitively, for
        // file systems that ignore case).
        Set<String> taken = new HashSet<>();
        for (ApiGroup group : named.apis()) {
            pages.put(group.className(), unique(group.className().simpleName(), taken));
        }
        for (SchemaDef definition : named.model().schemas()) {
            ClassName name = named.names(definition.id()).className();
            if (name.enclosingClassName() == null) {
                pages.put(name, unique(name.simpleName(), taken));
            } else {
                nested.add(name);
            }
        }
    }

    private static String unique(String base, Set<String> taken) {
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = base + "_" + i;
        }
        return "docs/" + name + ".md";
    }

    /**
     * The page of an API or model class, relative to the docs root; for a nested model, its
     * section in the page of the class it is nested in.
     */
    String path(ClassName type) {
        String path = page(type).orElse(null);
        if (path == null) {
            throw new IllegalArgumentException("No page for " + type);
        }
        return path;
    }

    /** The page's file name, for links from one page in {@code docs/} to another. */
    String fileName(ClassName type) {
        return path(type).substring("docs/".length());
    }

    Optional<String> page(ClassName type) {
        if (nested.contains(type)) {
            return Optional.ofNullable(pages.get(type.topLevelClassName()))
                    .map(page -> page + "#" + sectionAnchor(type));
        }
        return Optional.ofNullable(pages.get(type));
    }

    /** The anchor of a nested model's section in its owner's page. */
    static String sectionAnchor(ClassName type) {
        return anchor(String.join(".", type.simpleNames()));
    }

    /**
     * A type in Markdown, bold simple names, model types linked; {@code fromReadme} picks links
     * relative to the README rather than to a page in {@code docs/}.
     */
    String type(TypeName type, boolean fromReadme) {
        if (type instanceof ParameterizedTypeName generic) {
            String arguments = generic.typeArguments().stream()
                    .map(argument -> type(argument, fromReadme))
                    .collect(Collectors.joining(", "));
            return type(generic.rawType(), fromReadme) + "&lt;" + arguments + "&gt;";
        }
        if (type instanceof ArrayTypeName array) {
            return type(array.componentType(), fromReadme) + "[]";
        }
        if (type instanceof ClassName name) {
            String simple = String.join(".", name.simpleNames());
            return page(name)
                    .map(path -> "[**" + simple + "**](" + (fromReadme ? path : fileName(name)) + ")")
                    .orElse("**" + simple + "**");
        }
        return "**" + type + "**";
    }

    /** An anchor id for a heading, stable and free of characters that URLs would escape. */
    static String anchor(String text) {
        return text.replaceAll("[^A-Za-z0-9_-]+", "-");
    }

    /** The footer of every page in {@code docs/}. */
    static String backLinks() {
        return "[[Back to top]](#) [[Back to API list]](../README.md#" + API_LIST
                + ") [[Back to Model list]](../README.md#" + MODEL_LIST + ") [[Back to README]](../README.md)\n";
    }
}
