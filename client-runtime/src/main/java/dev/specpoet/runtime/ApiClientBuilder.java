package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * Base of the {@code ApiClient.Builder} each generated client has: the settings shared by all
 * clients, with the generated subclass adding one method per security scheme of its spec.
 *
 * @param <B> the generated builder type, returned by every setter for chaining
 */
public abstract class ApiClientBuilder<B extends ApiClientBuilder<B>> {
    private final ApiInvoker.Builder invoker = ApiInvoker.builder();

    protected ApiClientBuilder() {}

    /** Returns {@code this} as the generated builder type. */
    protected abstract B self();

    /** Builds the invoker the generated client hands to its API classes. */
    protected ApiInvoker buildInvoker() {
        return invoker.build();
    }

    /** @see ApiInvoker.Builder#baseUrl(String) */
    public B baseUrl(String baseUrl) {
        invoker.baseUrl(baseUrl);
        return self();
    }

    /** @see ApiInvoker.Builder#httpClient(HttpClient) */
    public B httpClient(HttpClient httpClient) {
        invoker.httpClient(httpClient);
        return self();
    }

    /** @see ApiInvoker.Builder#executor(Executor) */
    public B executor(Executor executor) {
        invoker.executor(executor);
        return self();
    }

    /** @see ApiInvoker.Builder#connectTimeout(Duration) */
    public B connectTimeout(Duration connectTimeout) {
        invoker.connectTimeout(connectTimeout);
        return self();
    }

    /** @see ApiInvoker.Builder#requestTimeout(Duration) */
    public B requestTimeout(Duration requestTimeout) {
        invoker.requestTimeout(requestTimeout);
        return self();
    }

    /** @see ApiInvoker.Builder#streamIdleTimeout(Duration) */
    public B streamIdleTimeout(Duration streamIdleTimeout) {
        invoker.streamIdleTimeout(streamIdleTimeout);
        return self();
    }

    /** @see ApiInvoker.Builder#retryPolicy(RetryPolicy) */
    public B retryPolicy(RetryPolicy retryPolicy) {
        invoker.retryPolicy(retryPolicy);
        return self();
    }

    /** @see ApiInvoker.Builder#objectMapper(ObjectMapper) */
    public B objectMapper(ObjectMapper objectMapper) {
        invoker.objectMapper(objectMapper);
        return self();
    }

    /** @see ApiInvoker.Builder#userAgent(String) */
    public B userAgent(String userAgent) {
        invoker.userAgent(userAgent);
        return self();
    }

    /** @see ApiInvoker.Builder#listener(ExchangeListener) */
    public B listener(ExchangeListener listener) {
        invoker.listener(listener);
        return self();
    }

    /** @see ApiInvoker.Builder#interceptor(RequestInterceptor) */
    public B interceptor(RequestInterceptor interceptor) {
        invoker.interceptor(interceptor);
        return self();
    }

    /** @see ApiInvoker.Builder#defaultHeader(String, String) */
    public B defaultHeader(String name, String value) {
        invoker.defaultHeader(name, value);
        return self();
    }

    /** @see ApiInvoker.Builder#credential(String, Credential) */
    public B credential(String schemeName, Credential credential) {
        invoker.credential(schemeName, credential);
        return self();
    }
}
