package dev.specpoet.conformance;

import com.palantir.javapoet.TypeName;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.bind.BodyBinding;
import dev.specpoet.bind.BodyEncoding;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.bind.ErrorBinding;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.emit.JavaTypes;
import dev.specpoet.model.Content;
import dev.specpoet.model.MediaTypes;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.RequestBody;
import dev.specpoet.model.Response;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaId;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.TypeNames;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place the conformance runner asks which Java type an example decodes into: "the body of
 * operation X, status S, media type M" or "component schema N". A body the client sends or reads
 * takes the type its {@link OperationBinding} declares; a body in another media type or status
 * (a second 2xx, {@code text/json} beside {@code application/json}) takes the type of its content's
 * schema, through {@link JavaTypes} as the emitted code spells types; a component schema, its
 * class.
 */
final class BodyTypes {
    private final BoundModel bound;
    private final NamedModel named;
    private final JavaTypes types;

    BodyTypes(BoundModel bound) {
        this.bound = bound;
        this.named = bound.named();
        this.types = new JavaTypes(named);
    }

    /** The Java type an example decodes into, and the model type it is checked against. */
    record Typed(TypeName javaType, TypeRef type) {}

    /** The type an example of this target decodes into; a string saying why there is none otherwise. */
    Result typeOf(ExampleTarget target) {
        if (target instanceof ExampleTarget.Body body) {
            return body(body);
        }
        if (target instanceof ExampleTarget.Schema schema) {
            return schema(schema.name());
        }
        return Result.none(((ExampleTarget.NotApplicable) target).reason());
    }

    /** Either a type or the reason there is none. */
    record Result(Optional<Typed> typed, String reason) {
        static Result of(TypeRef type, TypeName javaType) {
            return new Result(Optional.of(new Typed(javaType, type)), "");
        }

        static Result none(String reason) {
            return new Result(Optional.empty(), reason);
        }
    }

    private Result body(ExampleTarget.Body body) {
        Optional<BodyBinding> binding = binding(body);
        if (binding.isPresent()) {
            return Result.of(
                    binding.get().schema().orElse(ScalarType.ANY),
                    binding.get().javaType().box());
        }
        Optional<Operation> operation = named.model().operations().stream()
                .filter(op ->
                        op.path().equals(body.path()) && op.method().name().equalsIgnoreCase(body.method()))
                .findFirst();
        if (operation.isEmpty()) {
            return Result.none("the client has no operation " + body.method() + " " + body.path());
        }
        List<Content> contents;
        if (body.status().isEmpty()) {
            contents = operation.get().requestBody().map(RequestBody::contents).orElse(List.of());
        } else {
            String key = body.status().get().trim().toUpperCase(Locale.ROOT);
            contents = operation.get().responses().stream()
                    .filter(response -> response.status().key().equals(key))
                    .findFirst()
                    .map(Response::contents)
                    .orElse(List.of());
        }
        Optional<Content> content = body.mediaType()
                .flatMap(mediaType -> contents.stream()
                        .filter(c -> c.mediaType().equals(mediaType))
                        .findFirst())
                .or(() -> contents.stream().filter(BodyTypes::isJson).findFirst());
        if (content.isEmpty() || !isJson(content.get())) {
            return Result.none("the client reads or writes no JSON body here");
        }
        return content.get().type().map(this::typed).orElseGet(() -> Result.none("the body has no schema"));
    }

    /** The body the client itself sends or reads as JSON for this status and media type, if it does. */
    private Optional<BodyBinding> binding(ExampleTarget.Body body) {
        Optional<OperationBinding> operation = bound.operations().stream()
                .filter(op -> op.operation().path().equals(body.path())
                        && op.operation().method().name().equalsIgnoreCase(body.method()))
                .findFirst();
        if (operation.isEmpty()) {
            return Optional.empty();
        }
        Optional<BodyBinding> binding;
        if (body.status().isEmpty()) {
            binding = operation.get().requestBody();
        } else {
            String key = body.status().get().trim();
            binding = operation
                            .get()
                            .result()
                            .statusKey()
                            .filter(key::equalsIgnoreCase)
                            .isPresent()
                    ? operation.get().result().body()
                    : operation.get().errors().stream()
                            .filter(error -> error.statusKey().equalsIgnoreCase(key))
                            .findFirst()
                            .map(ErrorBinding::body);
        }
        return binding.filter(b -> b.encoding() == BodyEncoding.JSON)
                .filter(b -> body.mediaType().map(b.mediaType()::equals).orElse(true));
    }

    private Result schema(String name) {
        SchemaId id = new SchemaId(
                SpecLocation.of("", "/components/schemas").child(name).pointer());
        TypeNames names = named.types().get(id);
        if (names == null) {
            return Result.none("the schema has no Java type of its own");
        }
        return Result.of(new NamedType(id), names.className());
    }

    private Result typed(TypeRef type) {
        if (type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.BINARY) {
            return Result.none("the body is a file, not JSON");
        }
        return Result.of(type, types.of(type).box());
    }

    private static boolean isJson(Content content) {
        return MediaTypes.isJson(content.mediaType())
                || MediaTypes.essence(content.mediaType()).equals("*/*");
    }
}
