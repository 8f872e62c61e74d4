package dev.specpoet.changelog;

import dev.specpoet.api.SpecLocation;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One change of a generated client's API between two versions of its spec.
 *
 * @param owner the API class or model the element belongs to, by simple name
 * @param member the method (for an API class's elements) or property the change is about; empty
 *     for a model's enum values, variants and the model itself
 * @param element what kind of element changed
 * @param name the element's own name: the method, parameter, exception, property, enum value or
 *     variant, or the model
 * @param type added, removed or changed
 * @param summary what happened, in words: {@code added (boolean, required)}, {@code retyped from
 *     string to int64}
 * @param compatibility what the change does to existing callers
 * @param location where in the spec the change comes from: the new spec, or the old one for a
 *     removal; empty when the run state that recorded the old spec did not keep locations
 * @param accepted whether the configuration accepts this breaking change
 */
public record ApiChange(
        String owner,
        Optional<String> member,
        Element element,
        String name,
        ChangeType type,
        String summary,
        Compatibility compatibility,
        Optional<SpecLocation> location,
        boolean accepted) {

    /** Changelog order: API classes before models, then by owner, member, element kind and name. */
    public static final Comparator<ApiChange> ORDER = Comparator.comparing(
                    (ApiChange change) -> !change.element().isOfApiClass())
            .thenComparing(ApiChange::owner)
            .thenComparing(change -> change.member().orElse(""))
            .thenComparing(ApiChange::element)
            .thenComparing(ApiChange::name)
            .thenComparing(ApiChange::summary);

    public ApiChange {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(compatibility, "compatibility");
        Objects.requireNonNull(location, "location");
        if (accepted && !compatibility.isBreaking()) {
            throw new IllegalArgumentException("Only a breaking change can be accepted: " + owner + " " + name);
        }
    }

    /** What the change is about, as an allow-list names it: {@code ApiKeysApi.listApiKeys}, {@code Key.role}, {@code Role}. */
    public String subject() {
        return member.map(m -> owner + "." + m).orElse(owner);
    }

    public boolean isBreaking() {
        return compatibility.isBreaking();
    }

    /** This change, marked as accepted. */
    public ApiChange asAccepted() {
        return new ApiChange(owner, member, element, name, type, summary, compatibility, location, true);
    }

    /**
     * The change in one line, without its compatibility: {@code DefaultApi.deleteKey: parameter
     * force added (boolean, required)}.
     */
    public String headline() {
        boolean named = !name.equals(owner) && !member.map(name::equals).orElse(false);
        return subject() + ": " + element.words() + (named ? " " + name : "") + " " + summary;
    }

    @Override
    public String toString() {
        return headline() + " [" + compatibility.words() + (accepted ? ", accepted" : "") + "]";
    }
}
