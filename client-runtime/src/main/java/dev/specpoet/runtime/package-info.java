/**
 * The support classes of every generated client: transport, auth, retries, errors and JSON.
 *
 * <p>Input: requests described by generated API classes. Output: HTTP exchanges through {@code
 * java.net.http} and decoded bodies. Depends on the JDK and Jackson only, never on Specpoet's
 * generator; the sources are copied into each generated client under the client's package.
 */
package dev.specpoet.runtime;
