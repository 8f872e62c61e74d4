package dev.specpoet.runtime;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Masks the credentials of one client in URIs and headers before they reach messages and
 * listeners.
 */
final class Redactor {
    private final Set<String> secretHeaders;
    private final Set<String> secretQueryParams;

    private Redactor(Set<String> secretHeaders, Set<String> secretQueryParams) {
        this.secretHeaders = secretHeaders;
        this.secretQueryParams = secretQueryParams;
    }

    /** Returns a redactor for the headers and query parameters {@code credentials} use. */
    static Redactor of(Collection<Credential> credentials) {
        Set<String> headers = credentials.stream()
                .filter(credential -> credential.location() == Credential.Location.HEADER)
                .map(credential -> credential.parameterName().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        Set<String> queryParams = credentials.stream()
                .filter(credential -> credential.location() == Credential.Location.QUERY)
                .map(Credential::parameterName)
                .collect(Collectors.toUnmodifiableSet());
        return new Redactor(headers, queryParams);
    }

    /** Returns whether a header carries a credential of this client or looks like one. */
    boolean isSecretHeader(String name) {
        return secretHeaders.contains(name.toLowerCase(Locale.ROOT)) || HeaderRules.looksSecret(name);
    }

    /** Returns a copy of {@code headers} with secret values replaced by {@code ****}. */
    Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) ->
                copy.put(name, isSecretHeader(name) ? List.of(HeaderRules.MASK) : List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** Returns {@code uri} with user info and API-key query values masked, and no fragment. */
    URI uri(URI uri) {
        StringBuilder text = new StringBuilder(uri.getScheme()).append("://");
        if (uri.getRawUserInfo() != null) {
            text.append(HeaderRules.MASK).append('@');
        }
        text.append(uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1));
        text.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        if (uri.getRawQuery() != null) {
            text.append('?').append(query(uri.getRawQuery()));
        }
        return URI.create(text.toString());
    }

    private String query(String rawQuery) {
        return Arrays.stream(rawQuery.split("&", -1))
                .map(pair -> {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    boolean secret = secretQueryParams.contains(decode(name));
                    return secret ? name + "=" + HeaderRules.MASK : pair;
                })
                .collect(Collectors.joining("&"));
    }

    private static String decode(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
