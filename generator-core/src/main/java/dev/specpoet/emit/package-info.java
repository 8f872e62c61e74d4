/**
 * The emit stage: turns the named model into Java source with JavaPoet, and copies the client's
 * support classes in under its package.
 *
 * <p>Input: a {@link dev.specpoet.naming.NamedModel}. Output: {@link
 * dev.specpoet.emit.GeneratedSource}s, path and text. Pure: no I/O besides reading the bundled
 * support sources, no logging, no diagnostics; every name comes from the naming stage.
 */
package dev.specpoet.emit;
