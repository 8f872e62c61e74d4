package dev.specpoet.normalize;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.ApiInfo;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Operation;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Server;
import dev.specpoet.model.ServerVariable;
import dev.specpoet.model.Tag;
import dev.specpoet.parse.ParsedSpec;
import dev.specpoet.parse.SpecVersion;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The model stage's entry point: from a {@link ParsedSpec} to an {@link ApiModel}. */
public final class ModelNormalizer {
    private final List<PaginationRule> paginationRules;
    private final boolean detectPagination;

    /** A normalizer that detects paging shapes and has no pagination rules. */
    public ModelNormalizer() {
        this(List.of(), true);
    }

    /** A normalizer with the configuration's pagination rules, and detection on or off. */
    public ModelNormalizer(List<PaginationRule> paginationRules, boolean detectPagination) {
        this.paginationRules = List.copyOf(paginationRules);
        this.detectPagination = detectPagination;
    }

    /**
     * Builds the model, reporting warnings and notes to {@code report}.
     *
     * @throws GenerationException with every diagnostic when any is an error
     */
    public ApiModel normalize(ParsedSpec spec, Consumer<Diagnostic> report) throws GenerationException {
        OpenAPI api = spec.openApi();
        String document = spec.displayName();
        Problems problems = new Problems();
        Map<String, Schema> components = new LinkedHashMap<>();
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            components.putAll(api.getComponents().getSchemas());
        }
        SchemaNormalizer schemas = new SchemaNormalizer(document, components, problems);
        schemas.registerComponents();
        List<SecurityScheme> securitySchemes = new SecurityNormalizer(document, problems)
                .normalize(
                        api.getComponents() == null ? null : api.getComponents().getSecuritySchemes());
        Set<String> schemeNames =
                securitySchemes.stream().map(SecurityScheme::name).collect(Collectors.toSet());
        ParameterSources parameterSources = new ParameterSources(spec.main().root(), document);
        List<Operation> operations =
                new OperationNormalizer(api, document, schemas, problems, schemeNames, parameterSources).normalize();
        List<SchemaDef> definitions = schemas.definitions();
        Map<SchemaId, SchemaDef> byId = new LinkedHashMap<>();
        definitions.forEach(definition -> byId.put(definition.id(), definition));
        PaginationReader paging =
                new PaginationReader(paginationRules, detectPagination, new TypePointer(byId), problems);
        operations = operations.stream().map(paging::read).toList();
        if (operations.isEmpty()) {
            problems.info(
                    "NO_OPERATIONS",
                    SpecLocation.of(document, "/paths"),
                    "the spec declares no operations; only models and the client are generated");
        }
        problems.throwIfErrors();
        problems.all().forEach(report);
        return new ApiModel(
                document,
                info(api.getInfo()),
                servers(spec),
                securitySchemes,
                operations,
                definitions,
                tags(api),
                JsonValues.extensions(api.getExtensions()));
    }

    private static ApiInfo info(Info info) {
        if (info == null) {
            return new ApiInfo("API", "0.0.0", Optional.empty());
        }
        return new ApiInfo(
                info.getTitle() == null || info.getTitle().isBlank() ? "API" : info.getTitle(),
                info.getVersion() == null ? "0.0.0" : info.getVersion(),
                Optional.ofNullable(info.getDescription()));
    }

    /**
     * The servers with their variables. Swagger 2.0 has no {@code servers}: its {@code host},
     * {@code basePath} and {@code schemes} make one (or one per scheme), located at {@code host}.
     */
    private static List<Server> servers(ParsedSpec spec) {
        OpenAPI api = spec.openApi();
        String document = spec.displayName();
        List<Server> servers = new ArrayList<>();
        if (api.getServers() == null) {
            return servers;
        }
        boolean swagger = spec.version() == SpecVersion.SWAGGER_2_0;
        for (int i = 0; i < api.getServers().size(); i++) {
            io.swagger.v3.oas.models.servers.Server server = api.getServers().get(i);
            if (server == null || server.getUrl() == null) {
                continue;
            }
            SpecLocation location = swagger
                    ? SpecLocation.of(document, spec.main().root().has("host") ? "/host" : "")
                    : SpecLocation.of(document, "/servers/" + i);
            List<ServerVariable> variables = new ArrayList<>();
            String url = server.getUrl();
            if (server.getVariables() != null) {
                for (Map.Entry<String, io.swagger.v3.oas.models.servers.ServerVariable> entry :
                        server.getVariables().entrySet()) {
                    io.swagger.v3.oas.models.servers.ServerVariable declared = entry.getValue();
                    String value = declared == null || declared.getDefault() == null ? "" : declared.getDefault();
                    url = url.replace("{" + entry.getKey() + "}", value);
                    variables.add(new ServerVariable(
                            entry.getKey(),
                            value,
                            declared == null || declared.getEnum() == null
                                    ? List.of()
                                    : declared.getEnum().stream()
                                            .filter(java.util.Objects::nonNull)
                                            .toList(),
                            Optional.ofNullable(declared == null ? null : declared.getDescription())));
                }
            }
            servers.add(new Server(
                    url, Optional.ofNullable(server.getDescription()), server.getUrl(), variables, location));
        }
        return servers;
    }

    private static List<Tag> tags(OpenAPI api) {
        if (api.getTags() == null) {
            return List.of();
        }
        return api.getTags().stream()
                .filter(tag -> tag != null && tag.getName() != null)
                .map(tag -> new Tag(tag.getName(), Optional.ofNullable(tag.getDescription())))
                .toList();
    }
}
