/**
 * The changelog of a generated API between two versions of a spec: every change of a method,
 * parameter, return type, exception, property, enum value or union variant, with its
 * {@link dev.specpoet.changelog.Compatibility}, the place in the spec that caused it, and the
 * semver verdict the whole calls for.
 *
 * <p>Input: the {@link dev.specpoet.changelog.ApiChange}s the state package finds between two API
 * surfaces. Output: an {@link dev.specpoet.changelog.ApiChangelog}, rendered as Markdown for
 * people ({@link dev.specpoet.changelog.MarkdownChangelog}) and as JSON for tools ({@link
 * dev.specpoet.changelog.JsonChangelog}, whose format is documented there). Like {@code api}, this
 * package is public: the Maven plugin and the command line read it.
 */
package dev.specpoet.changelog;
