package dev.specpoet.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders an {@link ApiRequest} into URI, headers and body, with the client's base URL and mapper. */
final class RequestRenderer {
    private final String baseUrl;
    private final ObjectMapper mapper;
    private final ParamValues values;
    private final Map<String, String> fixedHeaders;

    /** {@code fixedHeaders} are the client's default headers plus its User-Agent. */
    RequestRenderer(URI baseUrl, ObjectMapper mapper, Map<String, String> fixedHeaders) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.mapper = mapper;
        this.values = new ParamValues(mapper);
        this.fixedHeaders = Map.copyOf(fixedHeaders);
    }

    PreparedRequest render(ApiRequest<?> request, RequestOptions options) {
        Operation<?> operation = request.operation();
        String path = operation
                .path()
                .expand(name -> values.pathSegment(request.pathParams().get(name)));
        String query =
                request.queryString().isPresent()
                        ? values.queryString(
                                request.queryString().get().value(),
                                request.queryString().get().mediaType())
                        : request.queryParams().isEmpty()
                                ? ""
                                : request.queryParams().stream()
                                        .flatMap(param -> values
                                                .queryPairs(param.name(), param.value(), param.style(), param.explode())
                                                .stream())
                                        .collect(Collectors.joining("&"));
        // The one parse of the request's URI; the attempts reuse it.
        URI uri = request.target().orElseGet(() -> URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query)));
        return new PreparedRequest(
                operation.method(),
                uri,
                headers(request, options),
                cookies(request),
                request.content().publisher(values, mapper));
    }

    /** Merges headers; later sources win: client, operation, request parameters, then per-call options. */
    private Map<String, String> headers(ApiRequest<?> request, RequestOptions options) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(fixedHeaders);
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
