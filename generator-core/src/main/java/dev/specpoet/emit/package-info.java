/**
 * The emit stage: turns the bound model into Java source with JavaPoet, and copies the client's
 * support classes in under its package.
 *
 * <p>Input: a {@link dev.specpoet.bind.BoundModel}. Output: {@link
 * dev.specpoet.emit.GeneratedSource}s, path and text. Pure: no I/O besides reading the bundled
 * support sources, no logging, no diagnostics; every name comes from the naming stage and every
 * decision about an operation's Java shape from its {@link dev.specpoet.bind.OperationBinding}.
 */
package dev.specpoet.emit;
