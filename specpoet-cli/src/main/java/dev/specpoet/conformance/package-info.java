/**
 * The conformance runner: generates a client from every spec in some folders, compiles each one
 * in-process, round-trips the spec's body examples through the compiled client and sorts the
 * results into pass, fail, invalid and skip.
 *
 * <p>Input: folders of spec files. Output: one {@link dev.specpoet.conformance.SpecResult} per file
 * and TSV reports. It drives the generator through {@link dev.specpoet.Specpoet} and the {@link
 * dev.specpoet.api} package, so it sees what a user sees, with a {@link dev.specpoet.ModelListener}
 * to be handed the parsed spec and the bound model. From the stages it only asks {@link
 * dev.specpoet.emit.RuntimeSources} which sources every client carries and {@link
 * dev.specpoet.emit.JavaTypes} which Java type a model type is; which type a body decodes into is
 * looked up in {@link dev.specpoet.conformance.BodyTypes} alone, from the operation bindings. It must not depend on the command
 * line.
 *
 * <p>Round trips: {@link dev.specpoet.conformance.ExampleFinder} reads the examples from the
 * document as written; {@link dev.specpoet.conformance.RoundTripper} decodes each into its Java type
 * with the client's own mapper and encodes it back; {@link dev.specpoet.conformance.JsonComparison}
 * compares, ignoring key order and equivalent number and date-time forms. An example that does not
 * come back is checked against its schema ({@link dev.specpoet.conformance.SchemaConformity}): if it
 * breaks it, it is the spec's fault, otherwise a mismatch, and a mismatch fails the file.
 */
package dev.specpoet.conformance;
