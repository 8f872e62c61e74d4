/**
 * Specpoet's entry point: {@link dev.specpoet.Specpoet#generate} runs the pipeline of named stages
 * (load, model, naming, emit, write) for one {@link dev.specpoet.api.GeneratorConfig}.
 *
 * <p>This is the only orchestration code; each stage lives in its own package and never calls a
 * later one.
 */
package dev.specpoet;
