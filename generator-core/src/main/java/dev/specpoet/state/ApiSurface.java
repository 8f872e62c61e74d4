package dev.specpoet.state;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.bind.BodyBinding;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.bind.OperationBinding;
import dev.specpoet.changelog.ApiChange;
import dev.specpoet.model.ArrayType;
import dev.specpoet.model.EnumDef;
import dev.specpoet.model.MapType;
import dev.specpoet.model.NamedType;
import dev.specpoet.model.ObjectDef;
import dev.specpoet.model.Parameter;
import dev.specpoet.model.Property;
import dev.specpoet.model.ScalarType;
import dev.specpoet.model.SchemaDef;
import dev.specpoet.model.TypeRef;
import dev.specpoet.model.UnionDef;
import dev.specpoet.naming.NamedModel;
import dev.specpoet.parse.LineLocator;
import dev.specpoet.parse.SourceDocument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * What callers of a generated client compile against, flattened to entries: the methods of each API
 * class (endpoint, declaration, return type, typed exceptions, parameters, body) and the models
 * (kind, properties, enum values, union variants), each with the facts a change to it would break
 * (type, required) and the place in the spec it comes from. Two surfaces compare into the list of
 * {@link ApiChange}s.
 *
 * <p>An entry's key names the element ({@code parameter ApiKeysApi.create roles}): its kind, its
 * subject (the method as {@code Class.method}, or the model) and, for parts of a subject, the
 * part's name.
 *
 * @param format the version of the text form the surface was read from: 1 for Specpoet releases
 *     that recorded neither locations nor the kinds {@link #KINDS_SINCE_2}; {@link #FORMAT} for
 *     surfaces made now
 */
public record ApiSurface(int format, Map<String, Entry> entries) {
    /** The version of the text form {@link #toText} writes. */
    public static final int FORMAT = 2;

    static final String OPERATION = "operation";
    static final String SIGNATURE = "signature";
    static final String RETURN = "return";
    static final String EXCEPTION = "exception";
    static final String PARAMETER = "parameter";
    static final String BODY = "body";
    static final String MODEL = "model";
    static final String PROPERTY = "property";
    static final String ENUM_VALUE = "enum-value";
    static final String VARIANT = "variant";

    /** Kinds a format-1 surface did not record: comparing with one, they are left out. */
    static final List<String> KINDS_SINCE_2 = List.of(RETURN, EXCEPTION, MODEL, VARIANT);

    private static final String HEADER = "#specpoet-api-surface ";

    /**
     * The facts of one element and where it is declared.
     *
     * @param facts what a change to the element would break, such as {@code list of Role, optional}
     * @param location the element's place in the spec; empty when read from a format-1 surface
     */
    public record Entry(String facts, Optional<SpecLocation> location) {
        public Entry {
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(location, "location");
        }
    }

    public ApiSurface {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The surface of the client generated from {@code bound}; locations carry pointers, no lines yet. */
    public static ApiSurface of(BoundModel bound) {
        NamedModel named = bound.named();
        Map<String, Entry> entries = new TreeMap<>();
        for (BoundApi api : bound.apis()) {
            for (OperationBinding operation : api.operations()) {
                String call = api.className().simpleName() + "." + operation.method();
                SpecLocation where = operation.operation().location();
                entries.put(
                        key(OPERATION, call),
                        entry(
                                operation.operation().method() + " "
                                        + operation.operation().path(),
                                where));
                String declaration = operation.declaration();
                entries.put(key(SIGNATURE, call), entry(declaration, where));
                entries.put(
                        key(RETURN, call),
                        entry(declaration.substring(0, declaration.indexOf(" " + operation.method() + "(")), where));
                operation
                        .exceptions()
                        .forEach((exception, statuses) -> entries.put(
                                key(EXCEPTION, call, exception.simpleName()),
                                entry(
                                        String.join(", ", statuses),
                                        where.child("responses").child(statuses.get(0)))));
                for (Parameter parameter : operation.operation().parameters()) {
                    entries.put(
                            key(PARAMETER, call, parameter.name()),
                            entry(facts(named, parameter.type(), parameter.required()), parameter.specLocation()));
                }
                operation
                        .operation()
                        .requestBody()
                        .ifPresent(body -> entries.put(
                                key(BODY, call),
                                entry(
                                        facts(
                                                named,
                                                operation
                                                        .requestBody()
                                                        .flatMap(BodyBinding::schema)
                                                        .orElse(null),
                                                body.required()),
                                        body.location())));
            }
        }
        for (SchemaDef definition : named.definitions().values()) {
            String type =
                    String.join(".", named.names(definition.id()).className().simpleNames());
            if (definition instanceof ObjectDef object) {
                entries.put(key(MODEL, type), entry("record", definition.location()));
                for (Property property : object.properties()) {
                    entries.put(
                            key(PROPERTY, type, property.jsonName()),
                            entry(facts(named, property.type(), property.required()), property.location()));
                }
            } else if (definition instanceof EnumDef enumeration) {
                entries.put(key(MODEL, type), entry("enum", definition.location()));
                for (EnumDef.EnumValue value : enumeration.values()) {
                    // The list, not the value's index: values are deduplicated, so indexes can drift.
                    entries.put(
                            key(ENUM_VALUE, type, value.value().toText()),
                            entry("", definition.location().child("enum")));
                }
            } else if (definition instanceof UnionDef union) {
                entries.put(key(MODEL, type), entry("union", definition.location()));
                for (UnionDef.Variant variant : union.variants()) {
                    entries.put(key(VARIANT, type, describe(named, variant.type())), entry("", definition.location()));
                }
            }
        }
        return new ApiSurface(FORMAT, entries);
    }

    /**
     * This surface with line and column added to the locations found in {@code documents}' texts,
     * so the changelog can still point into a spec that is gone by the next run.
     */
    public ApiSurface withLines(List<SourceDocument> documents) {
        List<SpecLocation> locations = entries.values().stream()
                .flatMap(entry -> entry.location().stream())
                .distinct()
                .toList();
        Map<SpecLocation, SpecLocation> located = new LinkedHashMap<>();
        for (SourceDocument document : documents) {
            try {
                new LineLocator(document).locate(locations).forEach((from, to) -> {
                    if (to.line().isPresent()) {
                        located.put(from, to);
                    }
                });
            } catch (RuntimeException e) {
                // Lines are a courtesy: a document too broken to index keeps pointer-only locations.
            }
        }
        Map<String, Entry> withLines = new TreeMap<>();
        entries.forEach((key, entry) ->
                withLines.put(key, new Entry(entry.facts(), entry.location().map(at -> located.getOrDefault(at, at)))));
        return new ApiSurface(format, withLines);
    }

    /**
     * Reads the form {@link #toText} writes, and the form of Specpoet releases before locations were
     * recorded (format 1: key and facts only); lines it does not understand are skipped.
     */
    public static ApiSurface parse(String text) {
        Map<String, Entry> entries = new TreeMap<>();
        int format = 1;
        for (String line : text.split("\n")) {
            if (line.startsWith(HEADER)) {
                try {
                    format = Integer.parseInt(line.substring(HEADER.length()).trim());
                } catch (NumberFormatException e) {
                    format = 1;
                }
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length >= 2 && !fields[0].isEmpty()) {
                entries.put(fields[0], new Entry(fields[1], location(fields)));
            }
        }
        return new ApiSurface(format, entries);
    }

    private static Optional<SpecLocation> location(String[] fields) {
        if (fields.length < 6 || fields[2].isEmpty() || !(fields[3].isEmpty() || fields[3].startsWith("/"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SpecLocation(fields[2], fields[3], number(fields[4]), number(fields[5])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt number(String text) {
        return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
    }

    /**
     * A header line with the format, then one sorted line per entry: key, facts, document, JSON
     * pointer, line and column, separated by tabs (the last four empty when unknown).
     */
    public String toText() {
        StringBuilder text = new StringBuilder(HEADER).append(FORMAT).append('\n');
        entries.forEach((key, entry) -> {
            text.append(key).append('\t').append(entry.facts());
            entry.location()
                    .ifPresentOrElse(
                            at -> text.append('\t')
                                    .append(at.document())
                                    .append('\t')
                                    .append(at.pointer())
                                    .append('\t')
                                    .append(
                                            at.line().isPresent()
                                                    ? Integer.toString(at.line().getAsInt())
                                                    : "")
                                    .append('\t')
                                    .append(
                                            at.column().isPresent()
                                                    ? Integer.toString(
                                                            at.column().getAsInt())
                                                    : ""),
                            () -> text.append("\t\t\t\t"));
            text.append('\n');
        });
        return text.toString();
    }

    /** The changes from {@code previous} to this surface, by {@link ChangeRules}. */
    public List<ApiChange> changesSince(ApiSurface previous) {
        return ChangeRules.compare(previous, this);
    }

    /** This surface without the entries of the given kinds. */
    ApiSurface without(List<String> kinds) {
        Map<String, Entry> kept = new TreeMap<>(entries);
        kept.keySet().removeIf(key -> kinds.contains(key.substring(0, key.indexOf(' '))));
        return new ApiSurface(format, kept);
    }

    private static Entry entry(String facts, SpecLocation location) {
        return new Entry(facts, Optional.of(location));
    }

    private static String key(String kind, String... names) {
        return kind + " " + String.join(" ", names);
    }

    private static String facts(NamedModel named, TypeRef type, boolean required) {
        return (type == null ? "none" : describe(named, type)) + ", " + (required ? "required" : "optional");
    }

    private static String describe(NamedModel named, TypeRef type) {
        if (type instanceof ScalarType scalar) {
            return scalar.scalar().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (type instanceof ArrayType array) {
            return "list of " + describe(named, array.items());
        }
        if (type instanceof MapType map) {
            return "map of " + describe(named, map.values());
        }
        return String.join(".", named.className((NamedType) type).simpleNames());
    }
}
