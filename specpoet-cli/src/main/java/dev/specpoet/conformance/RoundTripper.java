package dev.specpoet.conformance;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.specpoet.bind.BoundModel;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decodes each example into its generated Java type and encodes it back, with the mapper the
 * generated client itself creates ({@code JsonMapperFactory.create()} from the client's package) and
 * the calls its runtime makes: a response body is read with {@code readerFor(type)} and trailing
 * tokens refused, a request body written with {@code writeValueAsBytes}. The result is compared with
 * the example by {@link JsonComparison}; an example that does not come back is then checked against
 * its schema by {@link SchemaConformity}, which tells the spec's faults from the generator's.
 */
final class RoundTripper {
    /** Reads what the client wrote without rounding any number, so comparisons see what was written. */
    private static final ObjectMapper PLAIN = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private final ClassLoader loader;
    private final ObjectMapper mapper;
    private final BodyTypes bodyTypes;
    private final SchemaConformity conformity;

    private RoundTripper(ClassLoader loader, ObjectMapper mapper, BoundModel bound) {
        this.loader = loader;
        this.mapper = mapper;
        this.bodyTypes = new BodyTypes(bound);
        this.conformity = new SchemaConformity(bound.named());
    }

    /**
     * Round-trips the examples through a compiled client.
     *
     * @param loader the client's classes
     * @throws IllegalStateException when the client's mapper cannot be created: a generator bug
     */
    static RoundTrips run(BoundModel bound, List<SpecExample> examples, ClassLoader loader) {
        long start = System.nanoTime();
        ObjectMapper mapper;
        String factory = bound.named().runtimePackage() + ".JsonMapperFactory";
        try {
            mapper = (ObjectMapper)
                    Class.forName(factory, true, loader).getMethod("create").invoke(null);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("The client has no usable " + factory, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(factory + ".create() failed", e.getCause());
        }
        return new RoundTripper(loader, mapper, bound).all(examples, start);
    }

    private RoundTrips all(List<SpecExample> examples, long start) {
        int checked = 0;
        int roundTripped = 0;
        int notApplicable = 0;
        List<ExampleFailure> faults = new ArrayList<>();
        List<ExampleFailure> mismatches = new ArrayList<>();
        for (SpecExample example : examples) {
            BodyTypes.Result result = bodyTypes.typeOf(example.target());
            if (result.typed().isEmpty()) {
                notApplicable++;
                continue;
            }
            checked++;
            BodyTypes.Typed typed = result.typed().get();
            Optional<ExampleFailure> failure = roundTrip(example, typed.javaType());
            if (failure.isEmpty()) {
                roundTripped++;
                continue;
            }
            Optional<SchemaConformity.Violation> violation = conformity.check(example.value(), typed.type());
            if (violation.isPresent()) {
                faults.add(new ExampleFailure(
                        example.pointer() + violation.get().pointer(),
                        typed.javaType().toString(),
                        "breaks its schema: " + violation.get().reason()));
            } else {
                mismatches.add(failure.get());
            }
        }
        return new RoundTrips(
                checked, roundTripped, faults, mismatches, notApplicable, (System.nanoTime() - start) / 1e9);
    }

    /** What went wrong with one example, if anything. */
    private Optional<ExampleFailure> roundTrip(SpecExample example, TypeName type) {
        String typeName = type.toString();
        JavaType javaType;
        try {
            javaType = javaType(type);
        } catch (ClassNotFoundException | LinkageError e) {
            return failure(example.pointer(), typeName, "cannot load the type: " + e);
        }
        Object decoded;
        try {
            decoded = mapper.readerFor(javaType)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(PLAIN.writeValueAsBytes(example.value()));
        } catch (JsonMappingException e) {
            return failure(example.pointer() + pointer(e), typeName, "cannot decode: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            return failure(example.pointer(), typeName, "cannot decode: " + e);
        }
        JsonNode written;
        try {
            written = PLAIN.readTree(mapper.writeValueAsBytes(decoded));
        } catch (JsonMappingException e) {
            return failure(example.pointer() + pointer(e), typeName, "cannot encode: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException | LinkageError | StackOverflowError e) {
            return failure(example.pointer(), typeName, "cannot encode: " + e);
        }
        return JsonComparison.firstDifference(example.value(), written)
                .map(difference -> new ExampleFailure(
                        example.pointer() + difference.pointer(), typeName, difference.difference()));
    }

    private static Optional<ExampleFailure> failure(String pointer, String type, String detail) {
        return Optional.of(new ExampleFailure(pointer, type, oneLine(detail)));
    }

    /** Where in the example Jackson was when it failed, from its reference chain. */
    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            String token = reference.getFieldName() != null
                    ? reference.getFieldName()
                    : reference.getIndex() >= 0 ? Integer.toString(reference.getIndex()) : null;
            if (token != null) {
                pointer.append(SchemaConformity.child("", token));
            }
        }
        return pointer.toString();
    }

    private JavaType javaType(TypeName type) throws ClassNotFoundException {
        TypeFactory factory = mapper.getTypeFactory();
        if (type instanceof ParameterizedTypeName parameterized) {
            List<TypeName> arguments = parameterized.typeArguments();
            JavaType[] resolved = new JavaType[arguments.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = javaType(arguments.get(i));
            }
            return factory.constructParametricType(load(parameterized.rawType()), resolved);
        }
        if (type instanceof ArrayTypeName array) {
            return factory.constructArrayType(javaType(array.componentType()));
        }
        if (type instanceof WildcardTypeName wildcard) {
            return javaType(wildcard.upperBounds().get(0));
        }
        if (type.isPrimitive()) {
            return type.equals(TypeName.BYTE) ? factory.constructType(byte.class) : javaType(type.box());
        }
        return factory.constructType(load((ClassName) type));
    }

    private Class<?> load(ClassName name) throws ClassNotFoundException {
        return Class.forName(name.reflectionName(), false, loader);
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }
}
