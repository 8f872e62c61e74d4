/**
 * The support classes of every generated client: transport, auth, retries, errors and JSON.
 *
 * <p>Input: requests described by generated API classes. Output: HTTP exchanges through {@code
 * java.net.http} and decoded bodies. Depends on the JDK and Jackson only, never on Specpoet's
 * generator; the sources are copied into each generated client under the client's package.
 *
 * <p>That copy is verbatim apart from the package line, so every other file here starts with {@code
 * package dev.specpoet.runtime;}, declares one top-level type, imports only {@code java.*} and
 * Jackson, and never names this package again. Every top-level name, public or not, becomes a
 * reserved name in the client's base package; {@code RuntimeSourcesTest} keeps the list.
 */
package dev.specpoet.runtime;
