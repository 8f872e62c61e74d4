package dev.specpoet.normalize;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.Constraints;
import dev.specpoet.model.Extensions;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.NameHint;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.ParameterStyle;
import dev.specpoet.model.PathTemplate;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.TypeRef;
import dev.specpoet.parse.Oas32Markers;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Merges path-level and operation-level parameters (the operation's win), resolves references,
 * applies OpenAPI's default styles, and makes sure every {@code {name}} in the path has a parameter.
 */
final class ParameterNormalizer {
    /** OpenAPI says these header parameters are ignored: the client sets them itself. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final Components components;
    private final SchemaNormalizer schemas;
    private final Problems problems;

    ParameterNormalizer(Components components, SchemaNormalizer schemas, Problems problems) {
        this.components = components;
        this.schemas = schemas;
        this.problems = problems;
    }

    List<Parameter> merge(
            String path,
            List<io.swagger.v3.oas.models.parameters.Parameter> pathLevel,
            SpecLocation pathLocation,
            List<io.swagger.v3.oas.models.parameters.Parameter> operationLevel,
            NameHint hint,
            SpecLocation location,
            Map<String, SpecLocation> declaredAt) {
        Map<String, Parameter> merged = new LinkedHashMap<>();
        add(pathLevel, pathLocation.child("parameters"), hint, declaredAt, merged);
        add(operationLevel, location.child("parameters"), hint, declaredAt, merged);
        Set<String> templateNames = new LinkedHashSet<>(PathTemplate.names(path));
        List<Parameter> result = new ArrayList<>();
        for (Parameter parameter : merged.values()) {
            if (parameter.location() == ParameterLocation.PATH && !templateNames.contains(parameter.name())) {
                problems.warning(
                        "PATH_PARAMETER_UNUSED",
                        parameter.specLocation(),
                        "path parameter '" + parameter.name() + "' does not appear in " + path + "; ignored");
                continue;
            }
            result.add(parameter);
        }
        List<Parameter> querystrings = result.stream()
                .filter(p -> p.location() == ParameterLocation.QUERYSTRING)
                .toList();
        if (querystrings.size() > 1) {
            problems.error(
                    "OAS32_INVALID_QUERYSTRING",
                    querystrings.get(1).specLocation(),
                    "an operation has at most one querystring parameter; '"
                            + querystrings.get(0).name() + "' is one already");
        } else if (!querystrings.isEmpty() && result.stream().anyMatch(p -> p.location() == ParameterLocation.QUERY)) {
            problems.error(
                    "OAS32_INVALID_QUERYSTRING",
                    querystrings.get(0).specLocation(),
                    "querystring parameter '" + querystrings.get(0).name()
                            + "' is the whole query string: the operation cannot also have 'in: query' parameters");
        }
        for (String name : templateNames) {
            boolean declared = result.stream()
                    .anyMatch(p ->
                            p.location() == ParameterLocation.PATH && p.name().equals(name));
            if (!declared) {
                problems.warning(
                        "PATH_PARAMETER_UNDECLARED",
                        location,
                        "path " + path + " uses {" + name
                                + "} but declares no such parameter; it is added as a string");
                result.add(new Parameter(
                        name,
                        ParameterLocation.PATH,
                        true,
                        false,
                        ScalarType.STRING,
                        Optional.empty(),
                        ParameterStyle.SIMPLE,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        location,
                        Constraints.NONE,
                        Extensions.NONE));
            }
        }
        return result;
    }

    private void add(
            List<io.swagger.v3.oas.models.parameters.Parameter> declared,
            SpecLocation listLocation,
            NameHint hint,
            Map<String, SpecLocation> declaredAt,
            Map<String, Parameter> into) {
        if (declared == null) {
            return;
        }
        for (int i = 0; i < declared.size(); i++) {
            io.swagger.v3.oas.models.parameters.Parameter parameter = declared.get(i);
            SpecLocation location = listLocation.child(Integer.toString(i));
            if (parameter != null && parameter.get$ref() != null) {
                parameter = OperationNormalizer.component(
                        components == null ? null : components.getParameters(), parameter.get$ref());
            }
            if (parameter == null || parameter.getName() == null || parameter.getIn() == null) {
                problems.warning("PARAMETER_INCOMPLETE", location, "parameter without name or 'in'; ignored");
                continue;
            }
            location = declaredAt.getOrDefault(ParameterSources.key(parameter.getIn(), parameter.getName()), location);
            Parameter converted = convert(parameter, hint, location);
            if (converted != null) {
                into.put(converted.location() + " " + converted.name(), converted);
            }
        }
    }

    private Parameter convert(
            io.swagger.v3.oas.models.parameters.Parameter parameter, NameHint hint, SpecLocation location) {
        ParameterLocation in;
        try {
            in = parameter.getExtensions() != null
                            && "querystring".equals(parameter.getExtensions().get(Oas32Markers.IN))
                    ? ParameterLocation.QUERYSTRING
                    : ParameterLocation.valueOf(parameter.getIn().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.warning(
                    "PARAMETER_LOCATION",
                    location,
                    "parameter '" + parameter.getName() + "' is in '" + parameter.getIn()
                            + "', which OpenAPI does not define; ignored");
            return null;
        }
        if (in == ParameterLocation.HEADER
                && IGNORED_HEADERS.contains(parameter.getName().toLowerCase(Locale.ROOT))) {
            problems.info(
                    "HEADER_PARAMETER_IGNORED",
                    location,
                    "header parameter '" + parameter.getName() + "' is set by the client itself, as OpenAPI says");
            return null;
        }
        Schema<?> schema = parameter.getSchema();
        SpecLocation schemaLocation = location.child("schema");
        Optional<String> mediaType = Optional.empty();
        Map<String, Example> examples = parameter.getExamples();
        if (schema == null
                && parameter.getContent() != null
                && !parameter.getContent().isEmpty()) {
            Map.Entry<String, io.swagger.v3.oas.models.media.MediaType> content =
                    parameter.getContent().entrySet().iterator().next();
            mediaType = Optional.of(content.getKey());
            schemaLocation = location.child("content").child(content.getKey()).child("schema");
            if (content.getValue() != null) {
                schema = content.getValue().getSchema();
                if (examples == null) {
                    examples = content.getValue().getExamples();
                }
            }
        }
        if (in == ParameterLocation.QUERYSTRING && !querystringIsValid(parameter, location)) {
            return null;
        }
        TypeRef type = schema == null
                ? ScalarType.STRING
                : schemas.typeOf(schema, hint.child(parameter.getName()), schemaLocation)
                        .type();
        boolean required = SchemaReader.isTrue(parameter.getRequired()) || in == ParameterLocation.PATH;
        ParameterStyle style = style(parameter, in);
        boolean explode = parameter.getExplode() != null ? parameter.getExplode() : style == ParameterStyle.FORM;
        Optional<JsonValue> example = example(parameter.getExample(), examples);
        if (example.isEmpty() && schema != null) {
            example = SchemaNormalizer.example(schema);
        }
        return new Parameter(
                parameter.getName(),
                in,
                required,
                SchemaReader.isTrue(parameter.getDeprecated()),
                type,
                Optional.ofNullable(parameter.getDescription()),
                style,
                explode,
                example,
                schema == null ? Optional.empty() : JsonValues.optional(schema.getDefault()),
                location,
                schemas.constraintsOf(schema),
                JsonValues.extensions(parameter.getExtensions()),
                mediaType,
                serializedExample(examples));
    }

    /**
     * OpenAPI 3.2: a {@code querystring} parameter is serialized by exactly one media type under
     * {@code content}, never by {@code schema} and {@code style}.
     */
    private boolean querystringIsValid(io.swagger.v3.oas.models.parameters.Parameter parameter, SpecLocation location) {
        int contents =
                parameter.getContent() == null ? 0 : parameter.getContent().size();
        if (parameter.getSchema() != null || contents != 1) {
            problems.error(
                    "OAS32_INVALID_QUERYSTRING",
                    location,
                    "querystring parameter '" + parameter.getName()
                            + "' must have 'content' with exactly one media type (which says how the whole query"
                            + " string is serialized) and no 'schema'");
            return false;
        }
        if (parameter.getStyle() != null || parameter.getExplode() != null) {
            problems.error(
                    "OAS32_INVALID_QUERYSTRING",
                    location,
                    "querystring parameter '" + parameter.getName()
                            + "' is serialized by its media type; 'style' and 'explode' do not apply");
            return false;
        }
        return true;
    }

    private static ParameterStyle style(io.swagger.v3.oas.models.parameters.Parameter parameter, ParameterLocation in) {
        if (parameter.getStyle() == null) {
            return in == ParameterLocation.PATH || in == ParameterLocation.HEADER
                    ? ParameterStyle.SIMPLE
                    : ParameterStyle.FORM;
        }
        return switch (parameter.getStyle()) {
            case MATRIX -> ParameterStyle.MATRIX;
            case LABEL -> ParameterStyle.LABEL;
            case FORM -> ParameterStyle.FORM;
            case SIMPLE -> ParameterStyle.SIMPLE;
            case SPACEDELIMITED -> ParameterStyle.SPACE_DELIMITED;
            case PIPEDELIMITED -> ParameterStyle.PIPE_DELIMITED;
            case DEEPOBJECT -> ParameterStyle.DEEP_OBJECT;
        };
    }

    /**
     * The wire form of the example {@link #example} picks (OpenAPI 3.2's {@code serializedValue}),
     * or of the first example that has one.
     */
    static Optional<String> serializedExample(Map<String, Example> examples) {
        if (examples == null) {
            return Optional.empty();
        }
        Optional<String> first = Optional.empty();
        for (Example candidate : examples.values()) {
            Object serialized = candidate == null || candidate.getExtensions() == null
                    ? null
                    : candidate.getExtensions().get(Oas32Markers.SERIALIZED_VALUE);
            if (candidate != null && candidate.getValue() != null) {
                return Optional.ofNullable(serialized instanceof String text ? text : null);
            }
            if (first.isEmpty() && serialized instanceof String text) {
                first = Optional.of(text);
            }
        }
        return first;
    }

    static Optional<JsonValue> example(Object example, Map<String, Example> examples) {
        if (example != null) {
            return Optional.of(JsonValues.of(example));
        }
        if (examples != null) {
            for (Example candidate : examples.values()) {
                if (candidate != null && candidate.getValue() != null) {
                    return Optional.of(JsonValues.of(candidate.getValue()));
                }
            }
        }
        return Optional.empty();
    }
}
