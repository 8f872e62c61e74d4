/**
 * The command line: {@code java -jar specpoet-cli.jar generate|diff|conformance|providers}, for builds
 * that are not Maven.
 *
 * <p>Input: arguments. Output: generated files, messages on stderr and an exit code (0 success, 1
 * the spec is invalid, 2 usage error, 3 internal error). It maps arguments to a {@link
 * dev.specpoet.api.GeneratorConfig} and results to text; the work happens in the core.
 */
package dev.specpoet.cli;
