package dev.specpoet.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the rules that let the generator copy these sources verbatim into every client, under the
 * client's own package.
 */
class RuntimeSourcesTest {
    // The Jackson 3 edition of the runtime (client-runtime-jackson3) runs this test on its ported sources.
    private static final Path SOURCES =
            Path.of(System.getProperty("specpoet.runtimeSources", "src/main/java/dev/specpoet/runtime"));
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(public )?(abstract |final |sealed |non-sealed )*(class|interface|record|enum|@interface) (\\w+)",
            Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+);", Pattern.MULTILINE);
    private static final List<String> ALLOWED_IMPORTS = List.of(
            "java.",
            "javax.net.ssl.", // The JDK's, in HttpResponse's interface.
            "com.fasterxml.jackson.annotation.",
            "com.fasterxml.jackson.core.",
            "com.fasterxml.jackson.databind.",
            "com.fasterxml.jackson.datatype.jsr310.");

    /** The names generated clients may use; each one is reserved in every client's base package. */
    private static final Set<String> PUBLIC_TYPES = Set.of(
            "AdditionalProperties",
            "ApiClientBuilder",
            "ApiClientException",
            "ApiDecodingException",
            "ApiException",
            "ApiInvoker",
            "ApiRequest",
            "ApiResponse",
            "ApiStreamException",
            "ApiTimeoutException",
            "ApiTransportException",
            "Credential",
            "DeviceAuthorization",
            "ErrorFactory",
            "ErrorResponse",
            "EventStream",
            "ExchangeListener",
            "FilePart",
            "InterceptedRequest",
            "InterceptedResponse",
            "JsonKind",
            "JsonMapperFactory",
            "JsonNullable",
            "MissingCredentialException",
            "OpenEnum",
            "Operation",
            "RequestInterceptor",
            "Page",
            "PagedIterable",
            "Paging",
            "RequestOptions",
            "ResponseType",
            "RetryPolicy",
            "SecretNames",
            "ServerSentEvent",
            "UnionDeserializer",
            "UnionVariant");

    /** Helpers invisible to users, but still names taken in every client's base package. */
    private static final Set<String> PACKAGE_PRIVATE_TYPES = Set.of(
            "BodyReceiver",
            "ClientThreads",
            "EventFraming",
            "Exchange",
            "ExchangeReporter",
            "HeaderRules",
            "JsonNullableCodec",
            "LinkHeader",
            "MultipartWriter",
            "OAuth2DeviceFlow",
            "OAuth2TokenSource",
            "ParamValues",
            "PathTemplate",
            "PercentEncoding",
            "PreparedRequest",
            "Redactor",
            "RequestContent",
            "RequestRenderer",
            "ResponseDecoder",
            "StreamBody");

    @Test
    void everyFileCanBeCopiedIntoAnotherPackage() throws IOException {
        Set<String> publicTypes = new TreeSet<>();
        Set<String> packagePrivateTypes = new TreeSet<>();
        for (Path file : sources()) {
            String name = file.getFileName().toString().replace(".java", "");
            String text = Files.readString(file);

            assertThat(text).as(name).startsWith("package dev.specpoet.runtime;\n");
            assertThat(text.substring(text.indexOf('\n')))
                    .as("%s refers to Specpoet's own package only in its first line", name)
                    .doesNotContain("dev.specpoet");
            assertThat(text)
                    .as(name)
                    .doesNotContain("System.out", "System.err", "java.util.logging", "printStackTrace");
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                assertThat(ALLOWED_IMPORTS)
                        .as("%s imports %s", name, imports.group(2))
                        .anyMatch(imports.group(2)::startsWith);
            }
            List<TypeDeclaration> types = TOP_LEVEL_TYPE
                    .matcher(text)
                    .results()
                    .map(TypeDeclaration::new)
                    .toList();
            assertThat(types).as("top-level types of %s", name).singleElement().satisfies(type -> {
                assertThat(type.name()).isEqualTo(name);
                assertThat(text.substring(0, type.start()))
                        .as("Javadoc of %s", name)
                        .contains("/**");
                (type.isPublic() ? publicTypes : packagePrivateTypes).add(name);
            });
        }

        assertThat(publicTypes)
                .containsExactlyInAnyOrderElementsOf(PUBLIC_TYPES)
                .doesNotContain("ApiClient");
        assertThat(packagePrivateTypes).containsExactlyInAnyOrderElementsOf(PACKAGE_PRIVATE_TYPES);
    }

    private record TypeDeclaration(String name, int start, boolean isPublic) {
        TypeDeclaration(MatchResult match) {
            this(match.group(4), match.start(), match.group(1) != null);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .sorted()
                    .toList();
        }
    }
}
