package dev.specpoet;

import dev.specpoet.api.GenerationListener;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.parse.ParsedSpec;

/**
 * A listener that is also handed what the stages made of the spec, for in-process tools (the
 * conformance runner) that check the generated client against the spec itself. Not public API: its
 * types are internal and change with the pipeline; {@link Specpoet#generate} calls it only when the
 * listener it is given implements this interface.
 */
public interface ModelListener extends GenerationListener {

    /**
     * The spec as read and the model with its Java names, once naming has finished and before
     * anything is emitted.
     *
     * @param parsed Swagger Parser's model and the JSON tree of every document read
     */
    void modelNamed(ParsedSpec parsed, NamedModel named);
}
