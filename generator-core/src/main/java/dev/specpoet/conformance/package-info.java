/**
 * The conformance runner: generates a client from every spec in some folders, compiles each one
 * in-process and sorts the results into pass, fail, invalid and skip.
 *
 * <p>Input: folders of spec files. Output: one {@link dev.specpoet.conformance.SpecResult} per file
 * and a TSV report. It drives the generator through {@link dev.specpoet.Specpoet} and the {@link
 * dev.specpoet.api} package, so it sees what a user sees; from the stages it only asks {@link
 * dev.specpoet.emit.RuntimeSources} which sources every client carries. It must not depend on the
 * command line.
 */
package dev.specpoet.conformance;
