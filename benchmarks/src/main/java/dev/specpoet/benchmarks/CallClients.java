package dev.specpoet.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.specpoet.Specpoet;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.SpecSource;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The three clients of the call benchmark, all calling Adyen ManagementService-v3's {@code GET
 * /companies/{companyId}/merchants} (listMerchantAccounts) with an API key: Specpoet's and OpenAPI
 * Generator's ({@code java}, {@code native}) generated from the corpus spec and compiled here, each
 * with a small adapter, and the hand-written floor.
 */
final class CallClients {
    static final String COMPANY = "YOUR_COMPANY_ACCOUNT";
    static final String API_KEY = "AQE-benchmark-key";
    static final String SPECPOET = "Specpoet";
    static final String OPENAPI_GENERATOR = "OpenAPI Generator";
    static final String HAND_WRITTEN = "hand-written";

    private static final String SPECPOET_PACKAGE = "com.example.adyen.management";
    private static final String EXAMPLE = "get-companies-companyId-merchants-success-200";

    /** Calls the generated Specpoet client as a user would: built once, one typed call per call. */
    private static final String SPECPOET_ADAPTER = """
            package bench;

            import com.example.adyen.management.ApiClient;
            import com.example.adyen.management.api.AccountCompanyLevelApi;

            public final class SpecpoetCall implements java.util.concurrent.Callable<Object> {
                private final AccountCompanyLevelApi api;

                public SpecpoetCall(String baseUrl, String apiKey) {
                    api = new AccountCompanyLevelApi(ApiClient.builder().baseUrl(baseUrl).apiKeyAuth(apiKey).build());
                }

                @Override
                public Object call() {
                    return api.getCompaniesCompanyIdMerchants(
                            "%s",
                            AccountCompanyLevelApi.GetCompaniesCompanyIdMerchantsParams.builder()
                                    .pageNumber(1)
                                    .pageSize(10)
                                    .build());
                }
            }
            """.formatted(COMPANY);

    /** OpenAPI Generator's native client takes headers such as the API key through an interceptor. */
    private static final String OAG_ADAPTER = """
            package bench;

            import org.openapitools.client.ApiClient;
            import org.openapitools.client.api.AccountCompanyLevelApi;

            public final class OagCall implements java.util.concurrent.Callable<Object> {
                private final AccountCompanyLevelApi api;

                public OagCall(String baseUrl, String apiKey) {
                    ApiClient client = new ApiClient();
                    client.updateBaseUri(baseUrl);
                    client.setRequestInterceptor(request -> request.header("X-API-Key", apiKey));
                    api = new AccountCompanyLevelApi(client);
                }

                @Override
                public Object call() throws Exception {
                    return api.getCompaniesCompanyIdMerchants("%s", 1, 10);
                }
            }
            """.formatted(COMPANY);

    private CallClients() {}

    /** The spec's own example of the operation's 200 response, as the server's body. */
    static byte[] exampleBody(Path spec) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode example = json.readTree(spec.toFile()).at("/components/examples/" + EXAMPLE + "/value");
        if (example.isMissingNode()) {
            throw new IllegalArgumentException(spec + " has no example " + EXAMPLE);
        }
        return json.writeValueAsBytes(example);
    }

    /**
     * Generates both clients from {@code spec} under {@code work} and compiles them with their
     * adapters into {@code work/classes}.
     */
    static Path prepare(Path spec, Path work, IsolatedOpenApiGenerator oag, Path oagClientLib)
            throws IOException, GenerationException, IsolatedOpenApiGenerator.RejectedSpecException {
        Path specpoetOut = Folders.empty(work.resolve("specpoet"));
        Specpoet.generate(GeneratorConfig.builder(SpecSource.file(spec), specpoetOut)
                .basePackage(SPECPOET_PACKAGE)
                .build());
        Path oagOut = Folders.empty(work.resolve("openapi-generator"));
        oag.generate(
                new BenchSpec("Adyen ManagementService-v3", spec, SPECPOET_PACKAGE, Files.size(spec), false),
                oagOut,
                true);
        Path adapters = Folders.empty(work.resolve("adapters/bench"));
        Files.writeString(adapters.resolve("SpecpoetCall.java"), SPECPOET_ADAPTER);
        Files.writeString(adapters.resolve("OagCall.java"), OAG_ADAPTER);

        List<Path> sources = new ArrayList<>(javaFiles(specpoetOut));
        sources.addAll(javaFiles(oagOut.resolve("src/main/java")));
        sources.addAll(javaFiles(adapters));
        Path classes = Folders.empty(work.resolve("classes"));
        compile(sources, classpath(oagClientLib), classes);
        return classes;
    }

    /**
     * Loads the three clients against {@code baseUrl}, in the order the table shows them; the
     * generated ones from {@code classes}, over this class path (one Jackson for all three).
     */
    static List<NamedClient> load(Path classes, Path oagClientLib, String baseUrl) throws Exception {
        List<URL> urls = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Path jar : jars(oagClientLib)) {
            urls.add(jar.toUri().toURL());
        }
        URLClassLoader loader =
                new URLClassLoader("generated-clients", urls.toArray(new URL[0]), CallClients.class.getClassLoader());
        return List.of(
                new NamedClient(HAND_WRITTEN, new HandWrittenClient(baseUrl, API_KEY)),
                new NamedClient(SPECPOET, adapter(loader, "bench.SpecpoetCall", baseUrl)),
                new NamedClient(OPENAPI_GENERATOR, adapter(loader, "bench.OagCall", baseUrl)));
    }

    /** A client under the name the table gives it. */
    record NamedClient(String name, Callable<Object> client) {}

    @SuppressWarnings("unchecked") // The adapters are compiled above as Callable<Object>.
    private static Callable<Object> adapter(ClassLoader loader, String name, String baseUrl)
            throws ReflectiveOperationException {
        return (Callable<Object>) loader.loadClass(name)
                .getConstructor(String.class, String.class)
                .newInstance(baseUrl, API_KEY);
    }

    private static void compile(List<Path> sources, String classpath, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run the benchmark on a JDK");
        }
        Path argFile = classes.resolveSibling("sources.txt");
        Files.write(
                argFile,
                sources.stream()
                        .map(path -> "\"" + path.toAbsolutePath() + "\"")
                        .toList());
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(
                null,
                null,
                errors,
                "-proc:none",
                "-nowarn",
                "-encoding",
                "UTF-8",
                "--release",
                "17",
                "-d",
                classes.toString(),
                "-cp",
                classpath,
                "@" + argFile);
        if (status != 0) {
            throw new IllegalStateException("the clients do not compile: " + errors.toString(StandardCharsets.UTF_8));
        }
    }

    private static String classpath(Path oagClientLib) throws IOException {
        List<String> entries =
                new ArrayList<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (Path jar : jars(oagClientLib)) {
            entries.add(jar.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".jar"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }
}
