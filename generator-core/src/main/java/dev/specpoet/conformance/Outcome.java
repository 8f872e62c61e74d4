package dev.specpoet.conformance;

/** How one file of a corpus fared. */
public enum Outcome {
    /** Generated, and the client compiled without errors. */
    PASS,
    /** The generator crashed, or its output does not compile: a generator bug. */
    FAIL,
    /** Not a usable spec (unresolvable reference, unsupported version): the spec's fault, with the located reason. */
    INVALID,
    /** A fragment, not a spec: no top-level {@code openapi} or {@code swagger} key. */
    SKIP
}
