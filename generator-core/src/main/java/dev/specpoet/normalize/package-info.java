/**
 * The model stage: turns Swagger Parser's mutable, nullable model into Specpoet's immutable {@link
 * dev.specpoet.model.ApiModel}.
 *
 * <p>Input: a {@link dev.specpoet.parse.ParsedSpec}. Output: an {@code ApiModel} with a location on
 * every node, or a {@link dev.specpoet.api.GenerationException} listing every problem found. This
 * is the only package that reads Swagger Parser types; none of them leaves it. It decides what
 * becomes a Java type (objects, enums, unions) but never names anything.
 */
package dev.specpoet.normalize;
