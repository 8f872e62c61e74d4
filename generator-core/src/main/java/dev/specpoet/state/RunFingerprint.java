package dev.specpoet.state;

import dev.specpoet.api.GeneratorConfig;
import dev.specpoet.api.JacksonEdition;
import dev.specpoet.api.SpecSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A SHA-256 over everything that decides the generated output: the generator version, the
 * configuration, and the digest of every document the spec consists of (external {@code $ref}
 * files included, so editing a referenced file regenerates too).
 */
public record RunFingerprint(String hex) {

    /**
     * The fingerprint of a run with {@code config} over {@code documents}, main document first. A
     * document counts by its location and the digest of its text, so an up-to-date check can take a
     * recorded digest that its file's stamp vouches for instead of reading the file.
     */
    public static RunFingerprint of(String generatorVersion, GeneratorConfig config, List<RecordedDocument> documents) {
        MessageDigest digest = sha256();
        field(digest, "generator", generatorVersion);
        field(digest, "spec", identity(config.spec()));
        field(
                digest,
                "output",
                config.outputDirectory().toAbsolutePath().normalize().toString());
        field(digest, "package", config.basePackage().orElse(""));
        field(digest, "naming", config.methodNaming().name());
        field(digest, "docs", config.docsDirectory().map(Object::toString).orElse(""));
        field(digest, "externalRefs", Boolean.toString(config.allowRefsOutsideSpecFolder()));
        // Only when set, so that runs recorded before the option existed stay up to date.
        config.sseSentinel().ifPresent(sentinel -> field(digest, "sseSentinel", sentinel));
        // A record's toString lists every component, so any change of a rule changes the fingerprint.
        field(digest, "pagination", config.detectPagination() + " " + config.paginationRules());
        // Only when not the default, so that runs recorded before the option existed stay up to date.
        if (config.jackson() != JacksonEdition.JACKSON_2) {
            field(digest, "jackson", config.jackson().spelling());
        }
        // Only when not the default, so that runs recorded before the option existed stay up to date.
        if (!config.nullableAnnotations()) {
            field(digest, "nullableAnnotations", "false");
        }
        // Always: the default changed from a copied runtime to the library, so earlier runs are stale.
        field(digest, "runtime", config.runtime().spelling());
        for (RecordedDocument document : documents) {
            field(digest, "document", document.uri().toString());
            field(digest, "sha256", document.sha256());
        }
        return new RunFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

    @Override
    public boolean equals(Object other) {
        // Written out: a record's generated equals bootstraps through invokedynamic, which costs a
        // cold JVM more than the whole up-to-date check.
        return other instanceof RunFingerprint fingerprint && hex.equals(fingerprint.hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return "RunFingerprint[" + hex + "]";
    }

    /**
     * Where the spec comes from, stable across JVMs: a classpath source's loader is left out, as its
     * {@code toString()} may carry an identity hash that differs on every build.
     */
    private static String identity(SpecSource spec) {
        if (spec instanceof SpecSource.File file) {
            return "file " + file.path().toAbsolutePath().normalize();
        }
        if (spec instanceof SpecSource.Classpath classpath) {
            return "classpath " + classpath.resource();
        }
        if (spec instanceof SpecSource.Url url) {
            return "url " + url.uri();
        }
        return "provider " + ((SpecSource.Provider) spec).id();
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, in lower-case hex. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Length-prefixed, so no two different inputs can run together into the same bytes. */
    private static void field(MessageDigest digest, String name, String value) {
        for (String part : new String[] {name, value}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
