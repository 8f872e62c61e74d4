package dev.specpoet.normalize;

import dev.specpoet.api.PaginationRule;
import dev.specpoet.api.PaginationStyle;
import dev.specpoet.api.SpecLocation;
import dev.specpoet.model.JsonValue;
import dev.specpoet.model.Operation;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the vendors' pagination extensions of an operation into one {@link PagingDraft}: Speakeasy's
 * {@code x-speakeasy-pagination}, Fern's {@code x-fern-pagination}, APIMatic's {@code x-pagination}
 * and Azure's {@code x-ms-pageable}, first found in that order.
 */
final class PagingExtensions {
    static final String SPEAKEASY = "x-speakeasy-pagination";
    static final String FERN = "x-fern-pagination";
    static final String APIMATIC = "x-pagination";
    static final String AZURE = "x-ms-pageable";

    private PagingExtensions() {}

    /**
     * The operation's extension as a draft; empty when it has none, or when the one it has says the
     * operation is not paged ({@code x-ms-pageable} with {@code nextLinkName: null}).
     *
     * @throws IllegalArgumentException with a message for the user when the extension cannot be read
     */
    static Optional<PagingDraft> read(Operation operation) {
        for (String name : new String[] {SPEAKEASY, FERN, APIMATIC, AZURE}) {
            Optional<JsonValue> value = operation.extensions().get(name);
            if (value.isEmpty()) {
                continue;
            }
            SpecLocation location = operation.location().child(name);
            if (!(value.get() instanceof JsonValue.Object object)) {
                throw new IllegalArgumentException(name + " must be an object");
            }
            String id = operation.operationId();
            Optional<PaginationRule> rule = switch (name) {
                case SPEAKEASY -> Optional.of(speakeasy(id, object.members()));
                case FERN -> Optional.of(fern(id, object.members()));
                case APIMATIC -> Optional.of(apimatic(id, object.members()));
                default -> azure(id, object.members());
            };
            return rule.map(r -> new PagingDraft(r, name, location, false));
        }
        return Optional.empty();
    }

    /**
     * {@code type: offsetLimit | cursor | url}, {@code inputs: [{name, in: parameters, type: page |
     * offset | limit | cursor}]}, {@code outputs: {results, numPages, nextCursor, nextUrl}} with
     * JSONPath values ({@code $.data}, {@code $.data[-1].id}).
     */
    private static PaginationRule speakeasy(String id, Map<String, JsonValue> members) {
        String type = text(members, "type");
        Map<String, JsonValue> outputs = object(members, "outputs");
        String parameter = null;
        String size = null;
        PaginationStyle style = switch (type) {
            case "cursor" -> PaginationStyle.CURSOR;
            case "url" -> PaginationStyle.NEXT_LINK;
            case "offsetLimit" -> PaginationStyle.OFFSET;
            default -> throw new IllegalArgumentException("unknown type '" + type + "' (offsetLimit, cursor or url)");
        };
        JsonValue inputs = members.getOrDefault("inputs", new JsonValue.Array(java.util.List.of()));
        if (!(inputs instanceof JsonValue.Array list)) {
            throw new IllegalArgumentException("'inputs' must be a list");
        }
        for (JsonValue input : list.items()) {
            if (!(input instanceof JsonValue.Object entry)) {
                throw new IllegalArgumentException("each of 'inputs' must be an object");
            }
            String in = entry.members().containsKey("in") ? text(entry.members(), "in") : "parameters";
            String name = text(entry.members(), "name");
            String role = text(entry.members(), "type");
            if (!in.equals("parameters")) {
                throw new IllegalArgumentException(
                        "input '" + name + "' is in the " + in + "; only parameters are supported");
            }
            switch (role) {
                case "page" -> {
                    style = PaginationStyle.PAGE_NUMBER;
                    parameter = name;
                }
                case "offset", "cursor" -> parameter = name;
                case "limit" -> size = name;
                default -> throw new IllegalArgumentException("input '" + name + "' has unknown type '" + role + "'");
            }
        }
        PaginationRule.Builder rule = builder(id, style, parameter, size);
        optionalText(outputs, "results").map(PathSyntax::jsonPath).ifPresent(rule::items);
        optionalText(outputs, "numPages").map(PathSyntax::jsonPath).ifPresent(rule::total);
        optionalText(outputs, "nextUrl").map(PathSyntax::jsonPath).ifPresent(rule::nextLink);
        optionalText(outputs, "nextCursor").ifPresent(path -> {
            String[] lastItem = PathSyntax.lastItem(path);
            if (lastItem != null) {
                rule.items(lastItem[0]).lastItemCursor(lastItem[1]);
            } else {
                rule.nextCursor(PathSyntax.jsonPath(path));
            }
        });
        return rule.build();
    }

    /**
     * {@code cursor: $request.x} with {@code next_cursor}, or {@code offset: $request.x} with an
     * optional {@code step} (the limit; without one the offset counts pages), or {@code next_uri} /
     * {@code next_path}; {@code results} and {@code has-next-page} as {@code $response.a.b}.
     */
    private static PaginationRule fern(String id, Map<String, JsonValue> members) {
        PaginationRule.Builder rule;
        if (members.containsKey("cursor")) {
            rule = builder(id, PaginationStyle.CURSOR, PathSyntax.fernRequest(text(members, "cursor")), null);
            optionalText(members, "next_cursor").map(PathSyntax::fernResponse).ifPresent(rule::nextCursor);
        } else if (members.containsKey("offset")) {
            Optional<String> step = optionalText(members, "step").map(PathSyntax::fernRequest);
            rule = builder(
                    id,
                    step.isPresent() ? PaginationStyle.OFFSET : PaginationStyle.PAGE_NUMBER,
                    PathSyntax.fernRequest(text(members, "offset")),
                    step.orElse(null));
        } else if (members.containsKey("next_uri") || members.containsKey("next_path")) {
            String key = members.containsKey("next_uri") ? "next_uri" : "next_path";
            rule = builder(id, PaginationStyle.NEXT_LINK, null, null)
                    .nextLink(PathSyntax.fernResponse(text(members, key)));
        } else {
            throw new IllegalArgumentException("needs cursor, offset, next_uri or next_path");
        }
        optionalText(members, "results").map(PathSyntax::fernResponse).ifPresent(rule::items);
        optionalText(members, "has-next-page").map(PathSyntax::fernResponse).ifPresent(rule::hasMore);
        return rule.build();
    }

    /**
     * One of {@code offset}, {@code page}, {@code cursor} or {@code link}, each an object with JSON
     * pointers in runtime-expression form: {@code input: $request.query#/offset}, {@code output:
     * $response.body#/next_cursor} (cursor), {@code next: $response.body#/links/next} (link) and
     * {@code dataPointer: $response.body#/data}.
     */
    private static PaginationRule apimatic(String id, Map<String, JsonValue> members) {
        for (String kind : new String[] {"cursor", "offset", "page", "link"}) {
            if (!members.containsKey(kind)) {
                continue;
            }
            Map<String, JsonValue> config = object(members, kind);
            PaginationRule.Builder rule = switch (kind) {
                case "cursor" ->
                    builder(id, PaginationStyle.CURSOR, PathSyntax.requestQuery(text(config, "input")), null)
                            .nextCursor(PathSyntax.responseBody(text(config, "output")));
                case "offset" ->
                    builder(id, PaginationStyle.OFFSET, PathSyntax.requestQuery(text(config, "input")), null);
                case "page" ->
                    builder(id, PaginationStyle.PAGE_NUMBER, PathSyntax.requestQuery(text(config, "input")), null);
                default ->
                    builder(id, PaginationStyle.NEXT_LINK, null, null)
                            .nextLink(PathSyntax.responseBody(text(config, "next")));
            };
            Optional<String> data = optionalText(config, "dataPointer").or(() -> optionalText(members, "dataPointer"));
            data.map(PathSyntax::responseBody).ifPresent(rule::items);
            return rule.build();
        }
        throw new IllegalArgumentException("needs one of offset, page, cursor or link");
    }

    /** {@code nextLinkName} (null: not paged) and {@code itemName} (default {@code value}). */
    private static Optional<PaginationRule> azure(String id, Map<String, JsonValue> members) {
        JsonValue next = members.get("nextLinkName");
        if (next == null || next instanceof JsonValue.Null) {
            return Optional.empty();
        }
        String item = optionalText(members, "itemName").orElse("value");
        return Optional.of(builder(id, PaginationStyle.NEXT_LINK, null, null)
                .nextLink(PathSyntax.property(next.toText()))
                .items(PathSyntax.property(item))
                .build());
    }

    private static PaginationRule.Builder builder(String id, PaginationStyle style, String parameter, String size) {
        PaginationRule.Builder rule = PaginationRule.builder(id, style);
        if (parameter != null) {
            rule.parameter(parameter);
        }
        if (size != null) {
            rule.sizeParameter(size);
        }
        return rule;
    }

    private static String text(Map<String, JsonValue> members, String key) {
        return optionalText(members, key)
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' must be a non-empty string"));
    }

    private static Optional<String> optionalText(Map<String, JsonValue> members, String key) {
        return Optional.ofNullable(members.get(key))
                .filter(JsonValue.Text.class::isInstance)
                .map(value -> ((JsonValue.Text) value).value().trim())
                .filter(text -> !text.isEmpty());
    }

    private static Map<String, JsonValue> object(Map<String, JsonValue> members, String key) {
        JsonValue value = members.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof JsonValue.Object object)) {
            throw new IllegalArgumentException("'" + key + "' must be an object");
        }
        return object.members();
    }
}
