package dev.specpoet.state;

import dev.specpoet.api.SpecLocation;
import dev.specpoet.changelog.ApiChange;
import dev.specpoet.changelog.ChangeType;
import dev.specpoet.changelog.Compatibility;
import dev.specpoet.changelog.Element;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every rule that decides what a change of the surface does to callers of the generated client,
 * in one place. The generated code's shape behind them: required parameters and the body are
 * positional arguments, optional ones sit in a params record; models are records with builders;
 * enums are open classes of constants; unions are sealed interfaces; typed exceptions are unchecked
 * subclasses of {@code ApiException}.
 */
final class ChangeRules {
    private ChangeRules() {}

    /**
     * The changes from {@code before} to {@code after} in changelog order, parts of added and removed
     * methods and models left out.
     */
    static List<ApiChange> compare(ApiSurface before, ApiSurface after) {
        if (before.format() < ApiSurface.FORMAT) {
            // An older release recorded fewer kinds: without this, each would look newly added.
            after = after.without(ApiSurface.KINDS_SINCE_2);
        }
        Map<String, ApiSurface.Entry> all = new TreeMap<>(before.entries());
        all.putAll(after.entries());
        Set<String> exceptionsAfter = new HashSet<>();
        after.entries().keySet().stream()
                .filter(key -> key.startsWith(ApiSurface.EXCEPTION + " "))
                .forEach(key -> exceptionsAfter.add(key.substring(key.lastIndexOf(' ') + 1)));
        List<ApiChange> changes = new ArrayList<>();
        for (String key : all.keySet()) {
            ApiSurface.Entry old = before.entries().get(key);
            ApiSurface.Entry now = after.entries().get(key);
            Key parts = Key.parse(key);
            if (old == null) {
                added(parts, now).ifPresent(changes::add);
            } else if (now == null) {
                changes.add(removed(parts, old, exceptionsAfter));
            } else if (!comparable(parts, old).equals(comparable(parts, now))) {
                changed(parts, old, now).ifPresent(changes::add);
            }
        }
        return withoutImpliedChanges(changes);
    }

    /** A key taken apart: {@code parameter DefaultApi.deleteKey force}. */
    private record Key(String kind, String subject, String name) {
        static Key parse(String key) {
            int first = key.indexOf(' ');
            int second = key.indexOf(' ', first + 1);
            String kind = key.substring(0, first);
            return second < 0
                    ? new Key(kind, key.substring(first + 1), "")
                    : new Key(kind, key.substring(first + 1, second), key.substring(second + 1));
        }

        boolean ofMethod() {
            return List.of(
                            ApiSurface.OPERATION,
                            ApiSurface.SIGNATURE,
                            ApiSurface.RETURN,
                            ApiSurface.EXCEPTION,
                            ApiSurface.PARAMETER,
                            ApiSurface.BODY)
                    .contains(kind);
        }

        String owner() {
            return ofMethod() ? subject.substring(0, subject.lastIndexOf('.')) : subject;
        }

        Optional<String> member() {
            if (ofMethod()) {
                return Optional.of(subject.substring(subject.lastIndexOf('.') + 1));
            }
            return kind.equals(ApiSurface.PROPERTY) ? Optional.of(name) : Optional.empty();
        }

        Element element(ChangeType type) {
            return switch (kind) {
                case ApiSurface.OPERATION -> type == ChangeType.CHANGED ? Element.ENDPOINT : Element.METHOD;
                case ApiSurface.SIGNATURE -> Element.SIGNATURE;
                case ApiSurface.RETURN -> Element.RETURN_TYPE;
                case ApiSurface.EXCEPTION -> Element.EXCEPTION;
                case ApiSurface.PARAMETER -> Element.PARAMETER;
                case ApiSurface.BODY -> Element.REQUEST_BODY;
                case ApiSurface.MODEL -> Element.MODEL;
                case ApiSurface.PROPERTY -> Element.PROPERTY;
                case ApiSurface.ENUM_VALUE -> Element.ENUM_VALUE;
                default -> Element.UNION_VARIANT;
            };
        }

        String elementName() {
            if (!name.isEmpty()) {
                return name;
            }
            return member().orElse(subject);
        }

        ApiChange change(ChangeType type, String summary, Compatibility compatibility, ApiSurface.Entry entry) {
            Optional<SpecLocation> location = entry.location();
            return new ApiChange(
                    owner(), member(), element(type), elementName(), type, summary, compatibility, location, false);
        }
    }

    private static Optional<ApiChange> added(Key key, ApiSurface.Entry entry) {
        String facts = entry.facts();
        return Optional.ofNullable(
                switch (key.kind()) {
                    case ApiSurface.OPERATION ->
                        key.change(ChangeType.ADDED, "added (" + facts + ")", Compatibility.COMPATIBLE, entry);
                    // Part of the new method, which is reported.
                    case ApiSurface.SIGNATURE, ApiSurface.RETURN -> null;
                    // Unchecked, and a subclass of the ApiException callers already catch.
                    case ApiSurface.EXCEPTION ->
                        key.change(ChangeType.ADDED, "added (" + facts + ")", Compatibility.COMPATIBLE, entry);
                    // A required parameter or body is a new positional argument.
                    case ApiSurface.PARAMETER, ApiSurface.BODY ->
                        key.change(
                                ChangeType.ADDED,
                                "added (" + facts + ")",
                                required(facts) ? Compatibility.BREAKS_COMPILE : Compatibility.COMPATIBLE,
                                entry);
                    // Builders still compile; a request without the new required property fails.
                    case ApiSurface.PROPERTY ->
                        key.change(
                                ChangeType.ADDED,
                                "added (" + facts + ")",
                                required(facts) ? Compatibility.BREAKS_AT_RUN_TIME : Compatibility.COMPATIBLE,
                                entry);
                    case ApiSurface.MODEL ->
                        key.change(ChangeType.ADDED, "added (" + facts + ")", Compatibility.COMPATIBLE, entry);
                    // Enums are open: a switch over their constants has a default already.
                    case ApiSurface.ENUM_VALUE ->
                        key.change(ChangeType.ADDED, "added", Compatibility.COMPATIBLE, entry);
                    // A union is a sealed interface: an exhaustive switch over it misses the new type.
                    default ->
                        key.change(
                                ChangeType.ADDED,
                                "added (exhaustive switches over " + key.owner() + " must handle it)",
                                Compatibility.BREAKS_COMPILE,
                                entry);
                });
    }

    private static ApiChange removed(Key key, ApiSurface.Entry entry, Set<String> exceptionsAfter) {
        String facts = entry.facts();
        return switch (key.kind()) {
            case ApiSurface.OPERATION, ApiSurface.PARAMETER, ApiSurface.BODY, ApiSurface.PROPERTY ->
                key.change(ChangeType.REMOVED, "removed (" + facts + ")", Compatibility.BREAKS_COMPILE, entry);
            case ApiSurface.SIGNATURE, ApiSurface.RETURN ->
                key.change(ChangeType.REMOVED, "removed", Compatibility.BREAKS_COMPILE, entry);
            // Still generated for another method: a catch of it compiles, but no longer sees this error.
            case ApiSurface.EXCEPTION ->
                exceptionsAfter.contains(key.name())
                        ? key.change(
                                ChangeType.REMOVED,
                                "removed (" + facts + "; the error now arrives as ApiException)",
                                Compatibility.BREAKS_AT_RUN_TIME,
                                entry)
                        : key.change(
                                ChangeType.REMOVED,
                                "removed (" + facts + "; the class is gone)",
                                Compatibility.BREAKS_COMPILE,
                                entry);
            case ApiSurface.MODEL ->
                key.change(ChangeType.REMOVED, "removed (" + facts + ")", Compatibility.BREAKS_COMPILE, entry);
            default -> key.change(ChangeType.REMOVED, "removed", Compatibility.BREAKS_COMPILE, entry);
        };
    }

    private static Optional<ApiChange> changed(Key key, ApiSurface.Entry old, ApiSurface.Entry now) {
        String before = comparable(key, old);
        String after = comparable(key, now);
        String was = " (was " + before + ")";
        return Optional.of(
                switch (key.kind()) {
                    // Same Java method: callers compile and run unchanged, the request goes elsewhere.
                    case ApiSurface.OPERATION ->
                        key.change(ChangeType.CHANGED, "now " + after + was, Compatibility.COMPATIBLE, now);
                    case ApiSurface.SIGNATURE ->
                        key.change(ChangeType.CHANGED, "now " + after + was, Compatibility.BREAKS_COMPILE, now);
                    case ApiSurface.RETURN ->
                        key.change(
                                ChangeType.CHANGED,
                                "changed from " + before + " to " + after,
                                Compatibility.BREAKS_COMPILE,
                                now);
                    // Statuses no longer listed now arrive as plain ApiExceptions.
                    case ApiSurface.EXCEPTION ->
                        key.change(
                                ChangeType.CHANGED,
                                "now for " + after + was,
                                List.of(after.split(", ")).containsAll(List.of(before.split(", ")))
                                        ? Compatibility.COMPATIBLE
                                        : Compatibility.BREAKS_AT_RUN_TIME,
                                now);
                    case ApiSurface.MODEL ->
                        key.change(
                                ChangeType.CHANGED,
                                "now " + after + " (was " + before + ")",
                                Compatibility.BREAKS_COMPILE,
                                now);
                    default -> typed(key, before, after, now);
                });
    }

    /** A parameter, body or property whose type or requiredness changed. */
    private static ApiChange typed(Key key, String before, String after, ApiSurface.Entry now) {
        String typeBefore = before.substring(0, before.lastIndexOf(','));
        String typeAfter = after.substring(0, after.lastIndexOf(','));
        if (!typeBefore.equals(typeAfter)) {
            String requiredness =
                    required(before) == required(after) ? "" : required(after) ? ", now required" : ", now optional";
            return key.change(
                    ChangeType.CHANGED,
                    "retyped from " + typeBefore + " to " + typeAfter + requiredness,
                    Compatibility.BREAKS_COMPILE,
                    now);
        }
        boolean property = key.kind().equals(ApiSurface.PROPERTY);
        if (required(after)) {
            // A parameter moves into the positional arguments; a property is one more a request must send.
            return key.change(
                    ChangeType.CHANGED,
                    "made required",
                    property ? Compatibility.BREAKS_AT_RUN_TIME : Compatibility.BREAKS_COMPILE,
                    now);
        }
        // A parameter leaving the positional arguments for the params record changes the signature.
        return key.change(
                ChangeType.CHANGED,
                "made optional",
                property ? Compatibility.COMPATIBLE : Compatibility.BREAKS_COMPILE,
                now);
    }

    /**
     * The facts as compared: a declaration without its {@code throws} clause, which format 1 kept
     * there and format 2 records as exception entries.
     */
    private static String comparable(Key key, ApiSurface.Entry entry) {
        String facts = entry.facts();
        if (key.kind().equals(ApiSurface.SIGNATURE) && facts.contains(" throws ")) {
            return facts.substring(0, facts.indexOf(" throws "));
        }
        return facts;
    }

    /**
     * Leaves out what another change already says: the parts of a method or model that was added or
     * removed as a whole, and a changed declaration that a parameter, body or return type change
     * explains.
     */
    private static List<ApiChange> withoutImpliedChanges(List<ApiChange> changes) {
        Set<String> wholeMethods = new HashSet<>();
        Set<String> wholeModels = new HashSet<>();
        Set<String> explainedSignatures = new HashSet<>();
        for (ApiChange change : changes) {
            if (change.element() == Element.METHOD) {
                wholeMethods.add(change.subject());
            } else if (change.element() == Element.MODEL && change.type() != ChangeType.CHANGED) {
                wholeModels.add(change.owner());
            } else if (change.element() == Element.PARAMETER
                    || change.element() == Element.REQUEST_BODY
                    || change.element() == Element.RETURN_TYPE) {
                explainedSignatures.add(change.subject());
            }
        }
        return changes.stream()
                .filter(change -> switch (change.element()) {
                    case METHOD, MODEL -> true;
                    case SIGNATURE ->
                        !wholeMethods.contains(change.subject()) && !explainedSignatures.contains(change.subject());
                    case ENDPOINT, PARAMETER, REQUEST_BODY, RETURN_TYPE, EXCEPTION ->
                        !wholeMethods.contains(change.subject());
                    case PROPERTY, ENUM_VALUE, UNION_VARIANT -> !wholeModels.contains(change.owner());
                })
                .sorted(ApiChange.ORDER)
                .toList();
    }

    private static boolean required(String facts) {
        return facts.endsWith("required");
    }
}
