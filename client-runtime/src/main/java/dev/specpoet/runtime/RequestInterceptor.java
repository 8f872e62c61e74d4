package dev.specpoet.runtime;

/**
 * Sees each HTTP request of a client before it is sent and may replace it, then sees its response:
 * to sign requests (an HMAC over body and headers), add tracing headers, or point them at another
 * host in tests. Listeners only observe; interceptors change.
 *
 * <p>Interceptors run in the order they were added to the client builder, each on the request the
 * one before returned, once per attempt: a retry, a redirect or a renewed token is intercepted again,
 * so a signature or timestamp is fresh on every attempt. They run for blocking and asynchronous calls
 * alike, on the thread that sends the attempt, after the credentials have been applied and before
 * the client's listener sees the request (with secret-looking header values masked, including those
 * an interceptor added). An exception an interceptor throws ends the call without a retry.
 */
public interface RequestInterceptor {

    /** Returns the request to send: {@code request} itself, or a copy changed with its {@code with...} methods. */
    InterceptedRequest beforeSend(InterceptedRequest request);

    /**
     * Called when the response headers of an attempt arrive, with the request as it was sent; the
     * body is not read yet. Does nothing by default.
     */
    default void afterResponse(InterceptedRequest request, InterceptedResponse response) {}
}
