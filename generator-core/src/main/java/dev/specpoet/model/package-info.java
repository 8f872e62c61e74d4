/**
 * Specpoet's own immutable intermediate model of an API: operations, parameters, bodies,
 * responses, security, servers and the schemas that become Java types.
 *
 * <p>Input: built by {@code dev.specpoet.normalize} from a parsed spec. Output: read by naming,
 * emitters and docs. It depends on nothing but the JDK and {@code dev.specpoet.api}: no Swagger
 * Parser type and no Java name appears here (names are the naming stage's job).
 */
package dev.specpoet.model;
