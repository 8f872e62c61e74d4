/**
 * The in-process javac harness: compiles a generated client against the runtime library and the
 * Jackson the caller runs with, and reports its errors, optionally keeping the class files in memory to load them.
 *
 * <p>Input: a folder of generated sources. Output: javac's errors, and class bytes when asked. It
 * knows nothing of the generator, so the generator library (and the Maven plugin that loads it)
 * carries no compiler: the conformance runner of {@code specpoet-cli} uses it, and generator-core's
 * tests use it to compile what they generate.
 */
package dev.specpoet.javac;
