/**
 * The docs stage: Markdown documentation of a generated client, one page per API class, one per
 * model, and a README, in the layout users of generated clients expect.
 *
 * <p>Input: a {@link dev.specpoet.bind.BoundModel}. Output: {@link
 * dev.specpoet.emit.GeneratedSource}s, relative path and text. Pure: no I/O, no logging. Types come
 * from {@link dev.specpoet.emit.JavaTypes} and every operation's signature, content types and
 * exceptions from its {@link dev.specpoet.bind.OperationBinding}, so the pages always describe the
 * code that was emitted; this package must not compute Java names or shapes of its own.
 */
package dev.specpoet.docs;
