package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Renders an {@link ApiRequest} into URI, headers and body, with the client's base URL and mapper. */
final class RequestRenderer {
    private final String baseUrl;
    private final ObjectMapper mapper;
    private final ParamValues values;
    /** Sorted ignoring case, and never changed: each request's headers start as a copy of it. */
    private final TreeMap<String, String> fixedHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** {@code fixedHeaders} are the client's default headers plus its User-Agent. */
    RequestRenderer(URI baseUrl, ObjectMapper mapper, Map<String, String> fixedHeaders) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.mapper = mapper;
        this.values = new ParamValues(mapper);
        this.fixedHeaders.putAll(fixedHeaders);
    }

    PreparedRequest render(ApiRequest<?> request, RequestOptions options) {
        Operation<?> operation = request.operation();
        StringBuilder target = new StringBuilder(128)
                .append(baseUrl)
                .append(operation
                        .path()
                        .expand(name -> values.pathSegment(request.pathParams().get(name))));
        if (request.queryString().isPresent()) {
            // OpenAPI 3.2's in: querystring: one value is the whole query.
            String query = values.queryString(
                    request.queryString().get().value(),
                    request.queryString().get().mediaType());
            if (!query.isEmpty()) {
                target.append('?').append(query);
            }
        } else {
            char separator = '?';
            for (ApiRequest.Param param : request.queryParams()) {
                for (String pair : values.queryPairs(param.name(), param.value(), param.style(), param.explode())) {
                    target.append(separator).append(pair);
                    separator = '&';
                }
            }
        }
        // The one parse of the request's URI; the attempts reuse it.
        URI uri = request.target().orElseGet(() -> URI.create(target.toString()));
        return new PreparedRequest(
                operation.method(),
                uri,
                headers(request, options),
                cookies(request),
                request.content().publisher(values, mapper));
    }

    /** Merges headers; later sources win: client, operation, request parameters, then per-call options. */
    private Map<String, String> headers(ApiRequest<?> request, RequestOptions options) {
        // Copying a sorted map with the same order takes no comparisons.
        Map<String, String> headers = new TreeMap<>(fixedHeaders);
        request.operation().accept().ifPresent(accept -> headers.put("Accept", accept));
        request.content().contentType().ifPresent(type -> headers.put("Content-Type", type));
        for (ApiRequest.Param header : request.headers()) {
            String value = values.simpleValue(header.value());
            headers.put(header.name(), HeaderRules.requireSafe("header", header.name(), value));
        }
        headers.putAll(options.headers());
        options.idempotencyKey().ifPresent(key -> headers.put("Idempotency-Key", key));
        return headers;
    }

    private List<String> cookies(ApiRequest<?> request) {
        if (request.cookies().isEmpty()) {
            return List.of();
        }
        List<String> cookies = new ArrayList<>();
        for (ApiRequest.Param cookie : request.cookies()) {
            String value = HeaderRules.requireSafe("cookie", cookie.name(), values.simpleValue(cookie.value()));
            cookies.add(PercentEncoding.cookieValue(cookie.name()) + "=" + PercentEncoding.cookieValue(value));
        }
        return cookies;
    }
}
