package dev.specpoet.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.fixtures.InlineSpec;
import dev.specpoet.model.ApiModel;
import dev.specpoet.model.Content;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.ScalarType.Scalar;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.SecurityScheme;
import dev.specpoet.model.Server;
import dev.specpoet.parse.SpecVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwaggerConversionTest {
    private static final String SPEC = """
            swagger: "2.0"
            info: {title: CartoVista Server API, version: v1}
            host: cloud.cartovista.com
            basePath: /api/v1
            schemes: [https]
            consumes: [application/json]
            produces: [application/json]
            securityDefinitions:
              apiKey: {type: apiKey, in: header, name: apiKey}
            security: [{apiKey: []}]
            paths:
              /User/{UserIdentifier}/generateApiKey:
                post:
                  tags: [ApiKey]
                  operationId: ApiKey_GenerateApiKey
                  parameters:
                    - {name: UserIdentifier, in: path, required: true, type: string}
                  responses:
                    '200': {description: OK, schema: {type: string}}
              /ApiKey:
                post:
                  operationId: ApiKey_UpdateAccessKey
                  parameters:
                    - {name: body, in: body, required: true, schema: {$ref: '#/definitions/AccessKeyDTO'}}
                  responses: {'204': {description: No content}}
              /files:
                post:
                  operationId: uploadFile
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: tag, in: query, type: array, items: {type: string}, collectionFormat: pipes}
                    - {name: file, in: formData, required: true, type: file}
                    - {name: notes, in: formData, type: string}
                  responses: {'200': {description: OK}}
            definitions:
              AccessKeyDTO:
                type: object
                properties:
                  accessKey: {type: string, format: uuid}
                  enabled: {type: boolean}
                  creationTime: {type: string, format: date-time}
                  ipWhitelisting: {type: array, items: {type: string}}
            """;

    @TempDir
    Path folder;

    private ApiModel model;

    @BeforeEach
    void normalize() throws Exception {
        model = InlineSpec.model(folder, SPEC);
    }

    @Test
    void theDialectIsDetected() throws Exception {
        assertThat(InlineSpec.parse(folder, SPEC).version()).isEqualTo(SpecVersion.SWAGGER_2_0);
    }

    @Test
    void hostBasePathAndSchemesBecomeTheServer() {
        assertThat(model.servers())
                .containsExactly(new Server(
                        "https://cloud.cartovista.com/api/v1",
                        Optional.empty(),
                        "https://cloud.cartovista.com/api/v1",
                        List.of(),
                        SpecLocation.of("spec.yaml", "/host")));
    }

    @Test
    void definitionsBecomeComponentSchemas() {
        ObjectDef accessKey = InlineSpec.object(model, "AccessKeyDTO");

        assertThat(accessKey.properties())
                .extracting(Property::jsonName, Property::type)
                .containsExactly(
                        tuple("accessKey", ScalarType.of(Scalar.UUID)),
                        tuple("enabled", ScalarType.of(Scalar.BOOLEAN)),
                        tuple("creationTime", ScalarType.of(Scalar.DATE_TIME)),
                        tuple("ipWhitelisting", new dev.specpoet.model.ArrayType(ScalarType.STRING)));
    }

    @Test
    void bodyParameterBecomesAJsonRequestBodyNamedAfterIt() {
        Operation update = InlineSpec.operation(model, "ApiKey_UpdateAccessKey");

        assertThat(update.parameters()).isEmpty();
        assertThat(update.requestBody()).hasValueSatisfying(body -> {
            assertThat(body.required()).isTrue();
            assertThat(body.nameHint()).contains("body");
            assertThat(body.contents())
                    .extracting(Content::mediaType, Content::type)
                    .containsExactly(tuple(
                            "application/json",
                            Optional.of(new NamedType(new SchemaId("/components/schemas/AccessKeyDTO")))));
        });
    }

    @Test
    void formDataAndFileParametersBecomeAMultipartBody() {
        Operation upload = InlineSpec.operation(model, "uploadFile");

        assertThat(upload.parameters())
                .extracting(Parameter::name, Parameter::location)
                .containsExactly(tuple("tag", ParameterLocation.QUERY));
        Content multipart = upload.requestBody().orElseThrow().contents().get(0);
        assertThat(multipart.mediaType()).isEqualTo("multipart/form-data");
        ObjectDef form = (ObjectDef) model.schemas().stream()
                .filter(schema ->
                        new NamedType(schema.id()).equals(multipart.type().orElseThrow()))
                .findFirst()
                .orElseThrow();
        assertThat(form.properties())
                .extracting(Property::jsonName, Property::type, Property::required)
                .containsExactly(
                        tuple("file", ScalarType.of(Scalar.BINARY), true), tuple("notes", ScalarType.STRING, false));
    }

    @Test
    void responsesSecurityAndPathParameters() {
        Operation generate = InlineSpec.operation(model, "ApiKey_GenerateApiKey");

        assertThat(generate.tags()).containsExactly("ApiKey");
        assertThat(generate.parameters())
                .extracting(Parameter::name, Parameter::location, Parameter::required)
                .containsExactly(tuple("UserIdentifier", ParameterLocation.PATH, true));
        assertThat(generate.responses().get(0).contents())
                .extracting(Content::mediaType, Content::type)
                .containsExactly(tuple("application/json", Optional.of(ScalarType.STRING)));
        assertThat(generate.security()).containsExactly(java.util.List.of("apiKey"));
        assertThat(model.securitySchemes())
                .extracting(SecurityScheme::name, SecurityScheme::kind, SecurityScheme::parameterName)
                .containsExactly(tuple("apiKey", SecurityScheme.Kind.API_KEY, Optional.of("apiKey")));
    }
}
