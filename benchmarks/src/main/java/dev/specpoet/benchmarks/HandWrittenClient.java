package dev.specpoet.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The floor of the call benchmark: what a developer writes by hand with {@code java.net.http} and
 * Jackson for Adyen's {@code GET /companies/{companyId}/merchants}: the request built per call,
 * {@code HttpClient.send}, a cached reader into records, and nothing else (no retries, no
 * listeners, no error types).
 */
final class HandWrittenClient implements Callable<Object> {
    private static final ObjectReader PAGE = new ObjectMapper().readerFor(MerchantPage.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String apiKey;

    HandWrittenClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Builds the request per call, as a method taking the company and the page would. */
    @Override
    public Object call() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/companies/"
                        + URLEncoder.encode(CallClients.COMPANY, StandardCharsets.UTF_8)
                        + "/merchants?pageNumber=" + 1 + "&pageSize=" + 10))
                .header("Accept", "application/json")
                .header("X-API-Key", apiKey)
                .timeout(Duration.ofSeconds(60))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("status " + response.statusCode()));
        }
        return PAGE.readValue(response.body());
    }

    /** A page of merchant accounts, as the spec's {@code ListMerchantResponse}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MerchantPage(
            @JsonProperty("_links") PaginationLinks links, List<Merchant> data, int itemsTotal, int pagesTotal) {}

    /** A merchant account, with the fields the spec declares. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Merchant(
            @JsonProperty("_links") MerchantLinks links,
            String captureDelay,
            String companyId,
            List<DataCenter> dataCenters,
            String defaultShopperInteraction,
            String description,
            String id,
            String merchantCity,
            String name,
            String pricingPlan,
            String primarySettlementCurrency,
            String reference,
            String shopWebAddress,
            String status) {}

    /** The spec's {@code PaginationLinks}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record PaginationLinks(Link first, Link last, Link next, Link prev, Link self) {}

    /** The spec's {@code MerchantLinks}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MerchantLinks(Link apiCredentials, Link self, Link users, Link webhooks) {}

    /** The spec's {@code DataCenter}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DataCenter(String livePrefix, String name) {}

    /** The spec's {@code LinksElement}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Link(String href) {}
}
