/**
 * The bind stage: decides, once per operation, every part of its Java shape (the request media
 * type and how the body is encoded, the result status and type, which exception each error status
 * throws, the arguments in order, the content types sent and accepted), so the emitters, the
 * Javadoc, the docs and the spec-update surface read one answer instead of working it out again.
 *
 * <p>Input: a {@link dev.specpoet.naming.NamedModel}. Output: a {@link dev.specpoet.bind.BoundModel}
 * holding one immutable {@link dev.specpoet.bind.OperationBinding} per operation. Pure: no I/O, no
 * diagnostics. Must not depend on {@code emit}, {@code docs} or {@code state}, which read it.
 */
package dev.specpoet.bind;
