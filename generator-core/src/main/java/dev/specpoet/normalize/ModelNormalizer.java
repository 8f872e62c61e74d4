package dev.specpoet.normalize;

import dev.specpoet.api.Diagnostic;
import dev.specpoet.api.GenerationException;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.ApiInfo;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Operation;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Server;
import dev.specpoet.model.Tag;
import dev.specpoet.parse.ParsedSpec;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.ServerVariable;
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
        if (operations.isEmpty()) {
            problems.info(
                    "NO_OPERATIONS",
                    SpecLocation.of(document, "/paths"),
                    "the spec declares no operations; only models and the client are generated");
        }
        problems.throwIfErrors();
        problems.all().forEach(report);
        return new ApiModel(
                document, info(api.getInfo()), servers(api), securitySchemes, operations, definitions, tags(api));
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

    private static List<Server> servers(OpenAPI api) {
        List<Server> servers = new ArrayList<>();
        if (api.getServers() == null) {
            return servers;
        }
        for (io.swagger.v3.oas.models.servers.Server server : api.getServers()) {
            if (server == null || server.getUrl() == null) {
                continue;
            }
            String url = server.getUrl();
            if (server.getVariables() != null) {
                for (Map.Entry<String, ServerVariable> variable :
                        server.getVariables().entrySet()) {
                    String value =
                            variable.getValue() == null || variable.getValue().getDefault() == null
                                    ? ""
                                    : variable.getValue().getDefault();
                    url = url.replace("{" + variable.getKey() + "}", value);
                }
            }
            servers.add(new Server(url, Optional.ofNullable(server.getDescription())));
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
