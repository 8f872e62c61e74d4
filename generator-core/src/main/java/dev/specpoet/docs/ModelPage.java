package dev.specpoet.docs;

import com.palantir.javapoet.ClassName;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The page of one model: an object's properties, an enum's values, or a union's alternatives. */
final class ModelPage {
    private final NamedModel named;
    private final JavaTypes types;
    private final DocPages pages;
    private final Map<ClassName, List<SchemaDef>> nested;

    ModelPage(NamedModel named, JavaTypes types, DocPages pages) {
        this.named = named;
        this.types = types;
        this.pages = pages;
        this.nested = named.nestedTypes();
    }

    /** The page of a top-level model, with a section for each type nested in it. */
    String render(SchemaDef definition) {
        ClassName className = named.names(definition.id()).className();
        StringBuilder page =
                new StringBuilder("# ").append(className.simpleName()).append("\n\n");
        page.append("`").append(className.canonicalName()).append("`\n\n");
        page.append(body(definition, "## "));
        page.append(nestedSections(className));
        return page.append('\n').append(DocPages.backLinks()).toString();
    }

    /**
     * A section for each model nested in {@code owner} (a model or an API class), and for the models
     * nested in those, in model order: nested models have no page of their own.
     */
    String nestedSections(ClassName owner) {
        StringBuilder text = new StringBuilder();
        for (SchemaDef member : nested.getOrDefault(owner, List.of())) {
            ClassName name = named.names(member.id()).className();
            text.append("\n<a id=\"")
                    .append(DocPages.sectionAnchor(name))
                    .append("\"></a>\n## ")
                    .append(String.join(".", name.simpleNames()))
                    .append("\n\n`")
                    .append(name.canonicalName())
                    .append("`\n\n")
                    .append(body(member, "### "))
                    .append(nestedSections(name));
        }
        return text.toString();
    }

    private String body(SchemaDef definition, String heading) {
        TypeNames names = named.names(definition.id());
        StringBuilder page = new StringBuilder();
        if (definition.deprecated()) {
            page.append("**Deprecated.**\n\n");
        }
        definition.title().ifPresent(title -> page.append(title.strip()).append("\n\n"));
        definition.description().ifPresent(text -> page.append(text.strip()).append("\n\n"));
        if (definition instanceof ObjectDef object) {
            page.append(heading).append("Properties\n\n").append(properties(names, object.properties()));
            page.append("\nProperties the schema does not declare are kept, as ")
                    .append(pages.type(types.of(object.additionalProperties().orElse(ScalarType.ANY)), false))
                    .append(" values (`")
                    .append(names.additionalMember())
                    .append("()`)")
                    .append(object.isClosed() ? ", although the schema forbids them: fields a server adds survive" : "")
                    .append(".\n");
        } else if (definition instanceof EnumDef enumeration) {
            page.append(heading).append("Values\n\n").append(values(names, enumeration));
        } else {
            UnionDef union = (UnionDef) definition;
            page.append(heading).append(alternatives(names, union));
            if (!union.commonProperties().isEmpty()) {
                page.append("\n")
                        .append(heading)
                        .append("Common properties\n\n")
                        .append(properties(names, union.commonProperties()));
            }
        }
        return page.toString();
    }

    private String properties(TypeNames names, List<Property> properties) {
        if (properties.isEmpty()) {
            return "This model has no declared properties.\n";
        }
        MarkdownTable table = new MarkdownTable("Name", "Type", "Description", "Notes");
        for (Property property : properties) {
            String member = names.members().getOrDefault(property.jsonName(), property.jsonName());
            table.row(
                    "**" + member + "**",
                    pages.type(types.of(property.type()), false),
                    property.description().orElse(""),
                    notes(property));
        }
        return table.render();
    }

    private static String notes(Property property) {
        List<String> notes = new ArrayList<>();
        notes.add(property.required() ? "required" : "optional");
        notes.add("JSON `" + property.jsonName() + "`");
        property.format().ifPresent(format -> notes.add("format `" + format + "`"));
        if (property.nullable()) {
            notes.add("nullable");
        }
        if (property.readOnly()) {
            notes.add("read-only");
        }
        if (property.writeOnly()) {
            notes.add("write-only");
        }
        if (property.deprecated()) {
            notes.add("deprecated");
        }
        property.defaultValue().ifPresent(value -> notes.add("default: `" + value.toJson() + "`"));
        property.constValue().ifPresent(value -> notes.add("always `" + value.toJson() + "`"));
        return String.join(", ", notes);
    }

    private static String values(TypeNames names, EnumDef enumeration) {
        MarkdownTable table = new MarkdownTable("Constant", "Value", "Description");
        for (EnumDef.EnumValue value : enumeration.values()) {
            table.row(
                    "**" + names.member(value.text()) + "**",
                    "`" + value.value().toJson() + "`",
                    value.description().orElse(""));
        }
        return table.render()
                + "\nThe enum is open: a value the spec does not list is kept, and `of(value)` returns it.\n";
    }

    private String alternatives(TypeNames names, UnionDef union) {
        StringBuilder text = new StringBuilder("Alternatives\n\n");
        text.append(
                switch (union.kind()) {
                    case ONE_OF -> "Exactly one of these (`oneOf`)";
                    case ANY_OF -> "One or more of these (`anyOf`); the client reads it as the first that fits";
                    case INHERITANCE -> "One of the schemas extending it";
                });
        union.discriminator()
                .ifPresent(property -> text.append(", recognised by the property `")
                        .append(property)
                        .append('`'));
        text.append(".\n\n");
        MarkdownTable table = new MarkdownTable("Java type", "Type", "Discriminator values");
        for (UnionDef.Variant variant : union.variants()) {
            String wrapper = names.wrappers().get(variant.type());
            table.row(
                    wrapper == null ? pages.type(types.of(variant.type()), false) : "**" + wrapper + "**",
                    pages.type(types.of(variant.type()), false),
                    variant.discriminatorValues().stream()
                            .map(v -> "`" + v + "`")
                            .reduce((a, b) -> a + ", " + b)
                            .orElse("-"));
        }
        return text.append(table.render()).toString();
    }
}
