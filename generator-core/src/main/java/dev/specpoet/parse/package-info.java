/**
 * The load stage: reads a spec from a file, classpath resource, URL or bundled provider, checks it
 * is a usable OpenAPI or Swagger document, and parses it with Swagger Parser.
 *
 * <p>Input: a {@link dev.specpoet.api.SpecSource}. Output: a {@link
 * dev.specpoet.parse.ParsedSpec}. This is the only stage that reads spec files; it treats them as
 * untrusted (size, encoding, alias bombs, {@code $ref}s that leave the spec's folder). It must not
 * depend on later stages.
 */
package dev.specpoet.parse;
