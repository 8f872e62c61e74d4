package dev.specpoet.normalize;

/** What a schema turns into, decided before anything is built so references can be named early. */
enum Shape {
    /** A reference to another schema. */
    REFERENCE,
    /** An object with properties (allOf parts flattened): a record. */
    OBJECT,
    /** A string or integer enumeration. */
    ENUM,
    /** oneOf/anyOf with at least two non-null alternatives: a sealed interface. */
    UNION,
    /** A schema with a discriminator that others extend through allOf: a sealed interface. */
    INHERITANCE,
    /** oneOf/anyOf/allOf that stands for a single other schema. */
    SINGLE_ALTERNATIVE,
    /** A free-form object: a map. */
    MAP,
    ARRAY,
    SCALAR,
    /** Anything at all. */
    ANY
}
