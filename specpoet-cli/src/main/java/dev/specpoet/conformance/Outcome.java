package dev.specpoet.conformance;

/** How one file of a corpus fared. */
public enum Outcome {
    /** Generated, the client compiled without errors, and every example that keeps to its schema round-tripped. */
    PASS,
    /**
     * The generator crashed, its output does not compile, or an example that keeps to its schema
     * did not come back from the client as it went in: a generator bug.
     */
    FAIL,
    /** Not a usable spec (unresolvable reference, unsupported version): the spec's fault, with the located reason. */
    INVALID,
    /** A fragment, not a spec: no top-level {@code openapi} or {@code swagger} key. */
    SKIP
}
