package dev.specpoet.state;

import dev.specpoet.bind.BodyBinding;
import dev.specpoet.bind.BoundApi;
import dev.specpoet.bind.BoundModel;
import dev.specpoet.bind.OperationBinding;
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
import dev.specpoet.naming.NamedModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What callers of a generated client compile against, flattened to entries: operations, the Java
 * signature of each (from its binding: return type, argument types in order, exceptions), their
 * parameters and bodies, model properties and enum values, each with the facts a change to it
 * would break (type, required). Two surfaces compare into the list of {@link ApiChange}s.
 *
 * <p>An entry's key names the element ({@code parameter ApiKeysApi.create roles}); its value holds
 * the facts ({@code list of APIKeysRolesEnum, optional}).
 */
public record ApiSurface(Map<String, String> entries) {
    static final String OPERATION = "operation";
    static final String PARAMETER = "parameter";
    static final String BODY = "body";
    static final String PROPERTY = "property";
    static final String SIGNATURE = "signature";
    static final String ENUM_VALUE = "enum-value";

    public ApiSurface {
        entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    }

    /** The surface of the client generated from {@code bound}. */
    public static ApiSurface of(BoundModel bound) {
        NamedModel named = bound.named();
        Map<String, String> entries = new TreeMap<>();
        for (BoundApi api : bound.apis()) {
            for (OperationBinding operation : api.operations()) {
                String call = api.className().simpleName() + "." + operation.method();
                entries.put(
                        key(OPERATION, call),
                        operation.operation().method() + " "
                                + operation.operation().path());
                entries.put(key(SIGNATURE, call), signature(operation));
                for (Parameter parameter : operation.operation().parameters()) {
                    entries.put(
                            key(PARAMETER, call, parameter.name()),
                            facts(named, parameter.type(), parameter.required()));
                }
                operation
                        .operation()
                        .requestBody()
                        .ifPresent(body -> entries.put(
                                key(BODY, call),
                                facts(
                                        named,
                                        operation
                                                .requestBody()
                                                .flatMap(BodyBinding::schema)
                                                .orElse(null),
                                        body.required())));
            }
        }
        for (SchemaDef definition : named.definitions().values()) {
            String type = named.names(definition.id()).className().simpleName();
            if (definition instanceof ObjectDef object) {
                for (Property property : object.properties()) {
                    entries.put(
                            key(PROPERTY, type, property.jsonName()),
                            facts(named, property.type(), property.required()));
                }
            } else if (definition instanceof EnumDef enumeration) {
                for (EnumDef.EnumValue value : enumeration.values()) {
                    entries.put(key(ENUM_VALUE, type, value.value().toText()), "");
                }
            }
        }
        return new ApiSurface(entries);
    }

    /** Reads the form {@link #toText} writes; lines it does not understand are skipped. */
    public static ApiSurface parse(String text) {
        Map<String, String> entries = new TreeMap<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                entries.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return new ApiSurface(entries);
    }

    /** One sorted line per entry, key and value separated by a tab. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        entries.forEach(
                (key, value) -> text.append(key).append('\t').append(value).append('\n'));
        return text.toString();
    }

    /** The changes from {@code previous} to this surface, in key order. */
    public List<ApiChange> changesSince(ApiSurface previous) {
        List<ApiChange> changes = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(previous.entries);
        all.putAll(entries);
        for (String key : all.keySet()) {
            String before = previous.entries.get(key);
            String after = entries.get(key);
            if (before == null) {
                changes.add(ApiChange.added(key, after));
            } else if (after == null) {
                changes.add(ApiChange.removed(key, before));
            } else if (!before.equals(after)) {
                changes.add(ApiChange.changed(key, before, after));
            }
        }
        return changes;
    }

    /**
     * The plain method's Java declaration and the exceptions it throws: {@code Pet getPet(String id)
     * throws PetNotFoundException, ApiException}. A change to any part of it breaks callers.
     */
    private static String signature(OperationBinding operation) {
        List<String> thrown = new ArrayList<>();
        operation.exceptions().keySet().forEach(exception -> thrown.add(exception.simpleName()));
        thrown.add("ApiException");
        return operation.declaration() + " throws " + String.join(", ", thrown);
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
        return named.className((NamedType) type).simpleName();
    }
}
