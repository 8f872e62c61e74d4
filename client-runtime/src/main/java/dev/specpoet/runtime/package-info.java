/**
 * The Specpoet runtime: what every generated client calls for transport, auth, retries, errors,
 * paging, streams and JSON. Its public types are the library's API:
 *
 * <ul>
 *   <li>configuring a client: {@link ApiClientBuilder} (each client's {@code ApiClient.Builder}),
 *       {@link Credential}, {@link RetryPolicy}, {@link RequestOptions}, {@link RequestInterceptor}
 *       with {@link InterceptedRequest} and {@link InterceptedResponse}, {@link ExchangeListener};
 *   <li>results: {@link ApiResponse}, {@link ApiRequest}, {@link Page}, {@link PagedIterable},
 *       {@link EventStream}, {@link ServerSentEvent}, {@link FilePart}, {@link DeviceAuthorization};
 *   <li>errors: {@link ApiClientException} and its subclasses, {@link ErrorResponse};
 *   <li>values: {@link JsonNullable}, {@link OpenEnum}, {@link AdditionalProperties}, and {@link
 *       JsonMapperFactory}, the mapper the clients bind with;
 *   <li>for generated code only, public so that a client's packages can call them, with no promise
 *       to other callers: {@link ApiInvoker}, {@link Operation}, {@link ResponseType}, {@link Paging},
 *       {@link ErrorFactory}, {@link UnionDeserializer}, {@link UnionVariant}, {@link JsonKind},
 *       {@link SecretNames}.
 * </ul>
 *
 * <p>Everything else (rendering requests, decoding responses, framing events, multipart, redaction,
 * OAuth2 token sources) is package-private, so no caller can come to depend on it, on the class
 * path or the module path. Depends on the JDK and Jackson only, never on Specpoet's generator.
 *
 * <p>A client generated with {@code runtime=embedded} carries these sources instead, in its own
 * {@code internal} package. That copy is verbatim apart from the package line, so every file here
 * starts with {@code package dev.specpoet.runtime;}, declares one top-level type, imports only
 * {@code java.*} and Jackson, and never names this package again. Every top-level name, public or
 * not, stays a reserved name in a client's base package; {@code RuntimeSourcesTest} keeps the list.
 */
package dev.specpoet.runtime;
