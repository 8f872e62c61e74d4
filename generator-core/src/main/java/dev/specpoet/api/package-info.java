/**
 * The public API of Specpoet's generator: configure a run, start it, read what it did.
 *
 * <p>Input: a {@link dev.specpoet.api.GeneratorConfig}. Output: a {@link
 * dev.specpoet.api.GenerationResult}, or a {@link dev.specpoet.api.GenerationException} carrying
 * every located problem. Signatures here use only JDK types and the types of this package; every
 * other package of the generator is internal and may change.
 */
package dev.specpoet.api;
