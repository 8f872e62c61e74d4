package dev.specpoet.changelog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every change of a generated API between two versions of its spec, in changelog order, with
 * counts and the semver verdict.
 *
 * @param spec the name of the new spec, as messages show it
 * @param changes the changes; kept sorted by {@link ApiChange#ORDER}
 */
public record ApiChangelog(String spec, List<ApiChange> changes) {

    public ApiChangelog {
        Objects.requireNonNull(spec, "spec");
        changes = changes.stream().sorted(ApiChange.ORDER).toList();
    }

    /** This changelog with the breaking changes {@code accepted} names marked as accepted. */
    public ApiChangelog accept(AcceptedChanges accepted) {
        return new ApiChangelog(
                spec,
                changes.stream()
                        .map(change -> change.isBreaking() && accepted.accepts(change) ? change.asAccepted() : change)
                        .toList());
    }

    /** Major when anything breaks callers, accepted or not; minor when something was added; else patch. */
    public SemverVerdict verdict() {
        if (changes.stream().anyMatch(ApiChange::isBreaking)) {
            return SemverVerdict.MAJOR;
        }
        if (changes.stream().anyMatch(change -> change.type() == ChangeType.ADDED)) {
            return SemverVerdict.MINOR;
        }
        return SemverVerdict.PATCH;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The breaking changes, accepted ones included. */
    public List<ApiChange> breaking() {
        return changes.stream().filter(ApiChange::isBreaking).toList();
    }

    /** The breaking changes no entry of the allow-list accepts: those that fail a strict build. */
    public List<ApiChange> unacceptedBreaking() {
        return changes.stream()
                .filter(change -> change.isBreaking() && !change.accepted())
                .toList();
    }

    /** How many changes have each compatibility, in the enum's order, zeros included. */
    public Map<Compatibility, Integer> countsByCompatibility() {
        Map<Compatibility, Integer> counts = new LinkedHashMap<>();
        for (Compatibility compatibility : Compatibility.values()) {
            counts.put(compatibility, (int) changes.stream()
                    .filter(change -> change.compatibility() == compatibility)
                    .count());
        }
        return counts;
    }

    /** How many changes are additions, removals and changes, in the enum's order, zeros included. */
    public Map<ChangeType, Integer> countsByType() {
        Map<ChangeType, Integer> counts = new LinkedHashMap<>();
        for (ChangeType type : ChangeType.values()) {
            counts.put(type, (int)
                    changes.stream().filter(change -> change.type() == type).count());
        }
        return counts;
    }

    public int accepted() {
        return (int) changes.stream().filter(ApiChange::accepted).count();
    }

    /**
     * The changelog in one line: {@code semver major: 5 breaking (3 at compile time, 2 at run time,
     * 1 accepted), 4 compatible}.
     */
    public String summary() {
        if (changes.isEmpty()) {
            return "semver patch: no change of the generated API";
        }
        Map<Compatibility, Integer> counts = countsByCompatibility();
        int breaking = breaking().size();
        StringBuilder text = new StringBuilder("semver ").append(verdict().id()).append(": ");
        text.append(breaking).append(" breaking");
        if (breaking > 0) {
            List<String> parts = new ArrayList<>();
            parts.add(counts.get(Compatibility.BREAKS_COMPILE) + " at compile time");
            parts.add(counts.get(Compatibility.BREAKS_AT_RUN_TIME) + " at run time");
            if (accepted() > 0) {
                parts.add(accepted() + " accepted");
            }
            text.append(" (").append(String.join(", ", parts)).append(')');
        }
        return text.append(", ")
                .append(counts.get(Compatibility.COMPATIBLE))
                .append(" compatible")
                .toString();
    }

    /** The changes of each API class, then of each model, by owner name. */
    public Map<String, List<ApiChange>> byOwner(boolean apiClasses) {
        Map<String, List<ApiChange>> owners = new LinkedHashMap<>();
        for (ApiChange change : changes) {
            if (change.element().isOfApiClass() == apiClasses) {
                owners.computeIfAbsent(change.owner(), owner -> new ArrayList<>())
                        .add(change);
            }
        }
        owners.replaceAll((owner, list) -> List.copyOf(list));
        return owners;
    }
}
