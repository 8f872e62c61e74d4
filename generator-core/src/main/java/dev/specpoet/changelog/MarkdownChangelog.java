package dev.specpoet.changelog;

import dev.specpoet.api.SpecLocation;
import java.util.List;
import java.util.Map;

/**
 * Renders a changelog as Markdown for people: the verdict and counts first, then one table per
 * API class and per model. The same changelog always gives the same text.
 */
public final class MarkdownChangelog {
    private MarkdownChangelog() {}

    public static String render(ApiChangelog changelog) {
        StringBuilder text = new StringBuilder();
        text.append("# API changes: ").append(changelog.spec()).append("\n\n");
        text.append("**Semver ").append(changelog.verdict().id()).append(".** ");
        if (changelog.isEmpty()) {
            return text.append("The generated API did not change.\n").toString();
        }
        Map<ChangeType, Integer> types = changelog.countsByType();
        text.append(changelog.summary().substring(changelog.summary().indexOf(':') + 2))
                .append("; ")
                .append(types.get(ChangeType.ADDED))
                .append(" added, ")
                .append(types.get(ChangeType.REMOVED))
                .append(" removed, ")
                .append(types.get(ChangeType.CHANGED))
                .append(" changed.\n");
        section(text, "API classes", changelog.byOwner(true));
        section(text, "Models", changelog.byOwner(false));
        return text.toString();
    }

    private static void section(StringBuilder text, String title, Map<String, List<ApiChange>> owners) {
        if (owners.isEmpty()) {
            return;
        }
        text.append("\n## ").append(title).append('\n');
        owners.forEach((owner, changes) -> {
            text.append("\n### ").append(owner).append("\n\n");
            text.append("| Element | Change | Compatibility | Spec location |\n");
            text.append("|---|---|---|---|\n");
            for (ApiChange change : changes) {
                text.append("| ")
                        .append(label(change))
                        .append(" | ")
                        .append(cell(change.summary()))
                        .append(" | ")
                        .append(compatibility(change))
                        .append(" | ")
                        .append(change.location()
                                .map(MarkdownChangelog::location)
                                .orElse("unknown"))
                        .append(" |\n");
            }
        });
    }

    /** {@code parameter `limit` of `listKeys`}, {@code property `role`}, {@code model `Key`}. */
    static String label(ApiChange change) {
        String member = change.member().map(MarkdownChangelog::code).orElse("");
        return switch (change.element()) {
            case METHOD -> "method " + member;
            case ENDPOINT, SIGNATURE, REQUEST_BODY, RETURN_TYPE ->
                change.element().words() + " of " + member;
            case PARAMETER, EXCEPTION -> change.element().words() + " " + code(change.name()) + " of " + member;
            case MODEL, PROPERTY, ENUM_VALUE, UNION_VARIANT -> change.element().words() + " " + code(change.name());
        };
    }

    private static String compatibility(ApiChange change) {
        if (!change.isBreaking()) {
            return change.compatibility().words();
        }
        return "**" + change.compatibility().words() + "**" + (change.accepted() ? " (accepted)" : "");
    }

    private static String location(SpecLocation location) {
        return code(location.toString());
    }

    private static String code(String text) {
        // A backtick inside would end the span early; a pipe would end the cell.
        return "`" + text.replace("`", "'").replace("|", "\\|") + "`";
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
