package dev.specpoet.api;

/**
 * Receives what a generation run has to say: diagnostics as they are found and the end of each
 * stage. The core never logs; callers decide where this goes (Maven's log, stderr, a test).
 */
public interface GenerationListener {

    /** A listener that ignores everything. */
    GenerationListener NONE = new GenerationListener() {};

    /** A diagnostic of any severity, reported once. */
    default void diagnostic(Diagnostic diagnostic) {}

    /** A stage finished; {@code nanos} is its wall time. */
    default void stageFinished(String stage, long nanos) {}
}
