package dev.specpoet.changelog;

import java.util.Locale;

/**
 * The kind of API element a change is about. The first ones belong to an API class, the others to
 * a model; the declaration order is the order of a changelog's sections.
 */
public enum Element {
    /** A method of an API class, as a whole. */
    METHOD(true),
    /** A method's HTTP method and path; the Java method stays the same. */
    ENDPOINT(true),
    /** A method's declaration, when it changed in a way no parameter, body or return type explains. */
    SIGNATURE(true),
    PARAMETER(true),
    REQUEST_BODY(true),
    RETURN_TYPE(true),
    /** A typed exception a method throws for an error status. */
    EXCEPTION(true),
    /** A model (record, enum or union), as a whole. */
    MODEL(false),
    PROPERTY(false),
    ENUM_VALUE(false),
    UNION_VARIANT(false);

    private final boolean ofApiClass;

    Element(boolean ofApiClass) {
        this.ofApiClass = ofApiClass;
    }

    /** True for the elements of API classes, false for those of models. */
    public boolean isOfApiClass() {
        return ofApiClass;
    }

    /** The form used in the JSON changelog, such as {@code return-type}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The words used in the Markdown changelog, such as {@code return type}. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
