package dev.specpoet.model;

import java.util.List;

/**
 * What a schema's Java name should be made of, from where the schema was found: a component's
 * name, or the context of an inline schema (parent and property, operation and {@code Request}).
 * The naming stage turns the parts into one identifier and breaks collisions.
 *
 * @param parts raw words, outermost first, for example {@code ["Pet", "status"]}
 * @param component true for {@code components/schemas} entries, which keep their name first
 */
public record NameHint(List<String> parts, boolean component) {
    public NameHint {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A name hint needs at least one part");
        }
    }

    public static NameHint component(String name) {
        return new NameHint(List.of(name), true);
    }

    public static NameHint inline(List<String> parts) {
        return new NameHint(parts, false);
    }

    /** An inline hint for something found inside this one. */
    public NameHint child(String... more) {
        List<String> all = new java.util.ArrayList<>(parts);
        all.addAll(List.of(more));
        return new NameHint(all, false);
    }
}
