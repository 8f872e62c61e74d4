package dev.specpoet.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The floor of the call benchmark: what a developer writes by hand with {@code java.net.http} and
 * Jackson for Adyen's {@code GET /companies/{companyId}/merchants}, records for the body, a cached
 * reader, {@code HttpClient.send}, and nothing else.
 */
final class HandWrittenClient implements Callable<Object> {
    private static final ObjectReader PAGE = new ObjectMapper().readerFor(MerchantPage.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest request;

    HandWrittenClient(String baseUrl, String apiKey) {
        request = HttpRequest.newBuilder(URI.create(
                        baseUrl + "/companies/" + CallClients.COMPANY + "/merchants?pageNumber=1&pageSize=10"))
                .header("Accept", "application/json")
                .header("X-API-Key", apiKey)
                .timeout(Duration.ofSeconds(60))
                .build();
    }

    @Override
    public Object call() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new UncheckedIOException(new IOException("status " + response.statusCode()));
        }
        return PAGE.readValue(response.body());
    }

    /** A page of merchant accounts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MerchantPage(
            @JsonProperty("_links") Map<String, Link> links, List<Merchant> data, int itemsTotal, int pagesTotal) {}

    /** A merchant account, with the fields the spec declares. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Merchant(
            @JsonProperty("_links") Map<String, Link> links,
            String captureDelay,
            String companyId,
            List<Map<String, Object>> dataCenters,
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

    /** A link of the {@code _links} object. */
    record Link(String href) {}
}
