package dev.specpoet.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The breaking changes a team has acknowledged, by what they are about: a method ({@code
 * ApiKeysApi.listApiKeys}), a whole API class or model ({@code ApiKeyResponse}), or a property
 * ({@code ApiKeyResponse.roles}). {@code *} stands for any run of characters: {@code
 * ApiKeysApi.*}, {@code *Response}.
 */
public final class AcceptedChanges {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_$*]+(\\.[A-Za-z0-9_$*\\-]+)?");

    private final List<String> entries;
    private final List<Pattern> patterns;

    private AcceptedChanges(List<String> entries) {
        this.entries = List.copyOf(entries);
        List<Pattern> compiled = new ArrayList<>();
        for (String entry : this.entries) {
            if (!FORM.matcher(entry).matches()) {
                throw new IllegalArgumentException("Not a method, API class, model or property name: '" + entry
                        + "' (expected forms like ApiKeysApi.listApiKeys, ApiKeyResponse or ApiKeyResponse.*)");
            }
            compiled.add(glob(entry));
        }
        this.patterns = List.copyOf(compiled);
    }

    /** The list as configured; blank entries are ignored, others trimmed. */
    public static AcceptedChanges of(List<String> entries) {
        return new AcceptedChanges(entries.stream()
                .map(String::trim)
                .filter(entry -> !entry.isEmpty())
                .toList());
    }

    public static AcceptedChanges none() {
        return new AcceptedChanges(List.of());
    }

    public List<String> entries() {
        return entries;
    }

    /**
     * True when an entry names the change's API class or model, or its method or property: {@code
     * DefaultApi} accepts every change of {@code DefaultApi.deleteKey}.
     */
    public boolean accepts(ApiChange change) {
        return patterns.stream().anyMatch(pattern -> matches(pattern, change));
    }

    /** The entries that accept none of {@code changes}: stale, or misspelt. */
    public List<String> unused(List<ApiChange> changes) {
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Pattern pattern = patterns.get(i);
            if (changes.stream().noneMatch(change -> change.isBreaking() && matches(pattern, change))) {
                unused.add(entries.get(i));
            }
        }
        return unused;
    }

    private static boolean matches(Pattern pattern, ApiChange change) {
        return pattern.matcher(change.owner()).matches()
                || pattern.matcher(change.subject()).matches();
    }

    private static Pattern glob(String entry) {
        List<String> parts = new ArrayList<>();
        for (String part : entry.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }

    @Override
    public String toString() {
        return "AcceptedChanges" + entries;
    }
}
