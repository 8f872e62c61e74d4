package dev.specpoet.bind;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.specpoet.model.Content;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.Operation;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.ParameterLocation;
import dev.specpoet.model.PathTemplate;
import dev.specpoet.model.Response;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SequenceKind;
import dev.specpoet.model.TypeRef;
import dev.specpoet.naming.JavaTypeNames;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.naming.OperationNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Makes the binding of one operation; every rule of an operation's Java shape is here. */
final class OperationBinder {
    private static final ClassName OBJECT = ClassName.get(Object.class);
    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);

    /** Speakeasy's extension naming the data that ends an operation's event stream. */
    static final String SENTINEL_EXTENSION = "x-speakeasy-sse-sentinel";

    private final NamedModel named;
    private final JavaTypeNames types;
    private final ClassName apiException;
    private final ClassName eventStream;
    private final Optional<String> defaultSentinel;
    private final PagingParts pagingParts;

    /** {@code defaultSentinel} ends every SSE stream whose operation does not name its own. */
    OperationBinder(NamedModel named, Optional<String> defaultSentinel) {
        this.named = named;
        this.types = new JavaTypeNames(named);
        this.apiException = ClassName.get(named.runtimePackage(), "ApiException");
        this.eventStream = ClassName.get(named.runtimePackage(), "EventStream");
        this.defaultSentinel = defaultSentinel;
        this.pagingParts = new PagingParts(named, types);
    }

    OperationBinding bind(OperationNames names) {
        Operation operation = names.operation();
        Optional<BodyBinding> requestBody =
                operation.requestBody().flatMap(body -> choose(body.contents())).map(this::requestBody);
        List<Argument> arguments = new ArrayList<>();
        for (Parameter parameter : requiredInOrder(operation)) {
            arguments.add(parameter(names, parameter));
        }
        if (names.body().isPresent() && requestBody.isPresent()) {
            BodyBinding body = requestBody.get();
            Optional<TypeRef> model =
                    body.schema().filter(type -> types.of(type).equals(body.javaType()));
            boolean optional = !operation.requestBody().orElseThrow().required();
            arguments.add(new Argument(names.body().get(), body.javaType(), Optional.empty(), model, optional));
        }
        Optional<ParamsBinding> params = names.paramsClass()
                .map(type -> new ParamsBinding(
                        type,
                        operation.parameters().stream()
                                .filter(parameter -> !parameter.required())
                                .map(parameter -> parameter(names, parameter))
                                .toList()));
        ResultBinding result = result(operation);
        List<ErrorBinding> errors = errors(operation);
        Set<String> accept = new LinkedHashSet<>();
        result.body().ifPresent(body -> accept.add(body.mediaType()));
        errors.forEach(error -> accept.add(error.body().mediaType()));
        return new OperationBinding(
                names,
                arguments,
                params,
                requestBody,
                result,
                errors,
                accept.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", accept)),
                paging(names, result));
    }

    /** A paged operation pages when its result is decoded from JSON; its items have the model's type. */
    private Optional<PagingBinding> paging(OperationNames names, ResultBinding result) {
        if (result.body().filter(body -> body.encoding() == BodyEncoding.JSON).isEmpty()) {
            return Optional.empty();
        }
        return names.operation()
                .pagination()
                .map(pagination -> PagingBinding.of(
                        pagination,
                        pagingParts,
                        types.of(pagination.itemType()),
                        result.body().flatMap(BodyBinding::schema),
                        result.type(),
                        named.runtimePackage(),
                        names.method(),
                        names.constant()));
    }

    private Argument parameter(OperationNames names, Parameter parameter) {
        return new Argument(
                names.parameter(parameter),
                types.of(parameter.type()),
                Optional.of(parameter),
                Optional.of(parameter.type()),
                !parameter.required());
    }

    /** The required parameters in call order: path parameters as the path has them, then the others. */
    private static List<Parameter> requiredInOrder(Operation operation) {
        List<Parameter> ordered = new ArrayList<>();
        for (String name : PathTemplate.names(operation.path())) {
            operation.parameters().stream()
                    .filter(p ->
                            p.location() == ParameterLocation.PATH && p.name().equals(name))
                    .findFirst()
                    .ifPresent(ordered::add);
        }
        operation.parameters().stream()
                .filter(p -> p.required() && p.location() != ParameterLocation.PATH)
                .forEach(ordered::add);
        return ordered;
    }

    /** The media type the client uses of those a body is offered in, by the encodings' preference. */
    private static Optional<Content> choose(List<Content> contents) {
        return contents.stream()
                .min(Comparator.comparingInt(content -> BodyEncoding.of(content).ordinal()));
    }

    private BodyBinding requestBody(Content content) {
        BodyEncoding encoding = BodyEncoding.of(content);
        TypeName type = switch (encoding) {
            case BINARY -> BYTES;
            case TEXT -> STRING;
            case FORM, MULTIPART ->
                content.type()
                        .map(types::of)
                        .orElse(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, OBJECT));
            case JSON -> content.type().map(types::of).orElse(OBJECT);
        };
        return new BodyBinding(content.mediaType(), encoding, content.type(), type);
    }

    /**
     * A response body as the client reads it: JSON decoded into its type, bytes as they are, and
     * everything else (text, XML, a form answer) as text.
     */
    private BodyBinding responseBody(Content content) {
        BodyEncoding encoding = switch (BodyEncoding.of(content)) {
            case JSON -> BodyEncoding.JSON;
            case BINARY -> BodyEncoding.BINARY;
            case TEXT, FORM, MULTIPART -> BodyEncoding.TEXT;
        };
        TypeName type = switch (encoding) {
            case JSON -> content.type().map(types::of).map(TypeName::box).orElse(OBJECT);
            case BINARY -> BYTES;
            case TEXT, FORM, MULTIPART -> STRING;
        };
        return new BodyBinding(content.mediaType(), encoding, content.type(), type);
    }

    /** The first 2xx response with a body is the result; {@code default} is, when no 2xx is declared. */
    private ResultBinding result(Operation operation) {
        List<Response> successes = successes(operation);
        for (Response response : successes) {
            Optional<Content> content = choose(response.contents());
            if (content.isPresent() && content.get().isSequence()) {
                return streamed(operation, response, content.get());
            }
            if (content.isPresent()) {
                BodyBinding body = responseBody(content.get());
                return new ResultBinding(Optional.of(response.status().wireKey()), Optional.of(body), body.javaType());
            }
        }
        return new ResultBinding(
                successes.stream().findFirst().map(r -> r.status().wireKey()), Optional.empty(), ResultBinding.VOID);
    }

    /**
     * A result of items decoded as they arrive: JSON items into the item schema's type, SSE data of a
     * string schema or of none as text. The operation's {@code x-speakeasy-sse-sentinel}, else the
     * configured one, ends an SSE stream.
     */
    private ResultBinding streamed(Operation operation, Response response, Content content) {
        boolean text = content.type().isEmpty()
                || content.type()
                        .filter(type ->
                                type instanceof ScalarType scalar && scalar.scalar() == ScalarType.Scalar.STRING)
                        .isPresent();
        SequenceKind framing = content.sequenceKind();
        BodyEncoding encoding = text && framing == SequenceKind.SSE ? BodyEncoding.TEXT : BodyEncoding.JSON;
        TypeName item = encoding == BodyEncoding.TEXT
                ? STRING
                : content.type().map(types::of).map(TypeName::box).orElse(OBJECT);
        Optional<String> sentinel = framing == SequenceKind.SSE
                ? operation.extensions().text(SENTINEL_EXTENSION).or(() -> defaultSentinel)
                : Optional.empty();
        BodyBinding body = new BodyBinding(content.mediaType(), encoding, content.type(), item);
        return new ResultBinding(
                Optional.of(response.status().wireKey()),
                Optional.of(body),
                ParameterizedTypeName.get(eventStream, item),
                Optional.of(new StreamBinding(framing, item, sentinel)));
    }

    private static List<Response> successes(Operation operation) {
        List<Response> successes = operation.successResponses();
        if (!successes.isEmpty()) {
            return successes;
        }
        return operation.responses().stream()
                .filter(r -> r.status().isDefault())
                .limit(1)
                .toList();
    }

    /**
     * The declared error bodies. A JSON body of a named schema throws that schema's exception; any
     * other body (XML or text, which the client does not parse, bytes, or JSON of an unnamed type)
     * throws the plain {@code ApiException} that carries it.
     */
    private List<ErrorBinding> errors(Operation operation) {
        boolean defaultIsSuccess = operation.successResponses().isEmpty();
        List<ErrorBinding> errors = new ArrayList<>();
        for (Response response : operation.errorResponses()) {
            if (defaultIsSuccess && response.status().isDefault()) {
                continue;
            }
            Optional<Content> content = choose(response.contents());
            if (content.isEmpty()) {
                continue;
            }
            BodyBinding body = responseBody(content.get());
            Optional<ClassName> typed = body.encoding() == BodyEncoding.JSON
                    ? body.schema()
                            .filter(NamedType.class::isInstance)
                            .flatMap(type -> named.errorException(((NamedType) type).id()))
                    : Optional.empty();
            errors.add(
                    new ErrorBinding(response.status().wireKey(), body, typed.orElse(apiException), typed.isPresent()));
        }
        return errors;
    }
}
